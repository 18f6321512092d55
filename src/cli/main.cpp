#include <iostream>
int main() { std::cout << "crm: not built yet\n"; return 1; }
