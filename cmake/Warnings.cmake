# claimcheck_warnings: -Wall -Wextra -Werror for the project's own targets only.
add_library(claimcheck_warnings INTERFACE)
target_compile_options(claimcheck_warnings INTERFACE -Wall -Wextra -Werror)
