# Desktop integration files and the Debian package.
set(PARAT_APP_ID dk.parat.Parat)
install(FILES ${CMAKE_SOURCE_DIR}/resources/${PARAT_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${CMAKE_SOURCE_DIR}/resources/${PARAT_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${CMAKE_SOURCE_DIR}/resources/parat-mime.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages
    RENAME parat.xml)
install(FILES ${CMAKE_SOURCE_DIR}/resources/icons/parat.svg
    DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
foreach(size 16 32 48 64 128 256)
    install(FILES ${CMAKE_SOURCE_DIR}/resources/icons/hicolor/${size}x${size}/apps/parat.png
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
endforeach()
install(FILES ${CMAKE_SOURCE_DIR}/resources/parat.1 DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${CMAKE_SOURCE_DIR}/LICENSE DESTINATION ${CMAKE_INSTALL_DOCDIR})

# CPack and `cmake --install` use what was built; they never start a build of their own (the package test
# runs beside other tests).
set(CMAKE_SKIP_INSTALL_ALL_DEPENDENCY TRUE)

set(CPACK_PACKAGE_NAME parat)
set(CPACK_PACKAGE_VENDOR "The Parat developers")
set(CPACK_PACKAGE_CONTACT "The Parat developers <parat@parat.example>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Plan a municipality's DUBU 3.0 implementation")
set(CPACK_PACKAGE_DESCRIPTION "Parat keeps a local copy of the DUBU 3.0 implementation handbook's tasks, \
with deadlines relative to go-live, statuses and history, and a traffic light that explains itself. \
The bundled handbook is sample data, not KOMBIT's implementation handbook.")
set(CPACK_PACKAGE_INSTALL_DIRECTORY parat)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_GENERATOR DEB)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_LICENSE MPL-2.0)
# The Qt 6 runtime and SQLite (linked for the bulk reads, the same library the Qt plugin uses), never the -dev packages.
# Not libpq: parat does not link it; team mode's whole-plan reads use the libpq Qt's PostgreSQL driver loads, and
# that driver's package (recommended below) depends on libpq.
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libqt6core6 (>= 6.4), libqt6gui6 (>= 6.4), libqt6widgets6 (>= 6.4), libqt6sql6 (>= 6.4), \
libqt6sql6-sqlite (>= 6.4), libqt6printsupport6 (>= 6.4), libqt6svg6 (>= 6.4), qt6-qpa-plugins (>= 6.4), \
libsqlite3-0 (>= 3.40), libical3 (>= 3.0), libxlsxwriter4 (>= 1.0), libzip4 (>= 1.7), \
fonts-dejavu-core, libc6, libstdc++6")
# Team mode (a plan on a PostgreSQL server, docs/team-mode.md) needs Qt's PostgreSQL driver; a file does not.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, libqt6sql6-psql (>= 6.4)")
include(CPack)
