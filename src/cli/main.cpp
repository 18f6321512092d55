#include "app.h"

#include <iostream>

int main(int argc, char** argv) { return crm::cli::run(argc, argv, std::cout, std::cerr); }
