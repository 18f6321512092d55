# Settings shared by every target of the project, on one INTERFACE target
# instead of global flags.
add_library(crm_options INTERFACE)
add_library(crm::options ALIAS crm_options)
target_compile_features(crm_options INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)
target_compile_options(crm_options INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wno-sign-conversion
  -Wnon-virtual-dtor -Wold-style-cast -Woverloaded-virtual
  $<$<BOOL:${CRM_WARNINGS_AS_ERRORS}>:-Werror>)
target_compile_definitions(crm_options INTERFACE
  QT_NO_CAST_FROM_ASCII QT_NO_CONTEXTLESS_CONNECT
  CRM_VERSION="${PROJECT_VERSION}")
