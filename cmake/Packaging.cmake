# CPack: a Debian package of the app and the `crm` tool
# (cpack -G DEB in the build tree). Dependencies come from dpkg-shlibdeps.
set(CPACK_PACKAGE_NAME "crm")
set(CPACK_PACKAGE_VENDOR "CRM project")
set(CPACK_PACKAGE_CONTACT "CRM maintainers <crm@example.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Desktop CRM: customers, lifecycle stages, RFM, lifetime value")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_GENERATOR "DEB")
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "office")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
include(CPack)
