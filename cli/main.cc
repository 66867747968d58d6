#include <iostream>
int main() { std::cout << "claimcheck\n"; return 0; }
