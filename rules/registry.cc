// placeholder until the rule modules land
namespace claimcheck {
int RulesPlaceholder() { return 0; }
}  // namespace claimcheck
