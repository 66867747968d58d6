# Shared by the shell tests (cli_test.sh, hostile_test.sh): source it after
# setting `tmp`. Counts checks and prints the summary.
pass=0
fail=0

check() {  # check NAME EXPECTED_STATUS ACTUAL_STATUS [condition-result]
  local name=$1 want=$2 got=$3 cond=${4:-0}
  if [ "$want" = "$got" ] && [ "$cond" = 0 ]; then
    pass=$((pass + 1))
  else
    fail=$((fail + 1))
    echo "FAIL: $name (status $got, want $want; condition $cond)"
  fi
}

finish() {  # the summary line; the exit status of the test
  echo "$pass passed, $fail failed"
  [ "$fail" = 0 ]
}
