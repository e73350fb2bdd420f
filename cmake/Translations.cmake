# Translations: lupdate scans core and app; lrelease builds .qm files that are embedded in
# parat_core (":/i18n/parat_<lang>.qm") and installed beside the binary's data.
set(PARAT_TS_FILES
    ${CMAKE_SOURCE_DIR}/translations/parat_da.ts
    ${CMAKE_SOURCE_DIR}/translations/parat_en.ts)

file(GLOB_RECURSE PARAT_TR_SOURCES CONFIGURE_DEPENDS
    ${CMAKE_SOURCE_DIR}/core/*.cpp ${CMAKE_SOURCE_DIR}/core/*.h
    ${CMAKE_SOURCE_DIR}/app/*.cpp ${CMAKE_SOURCE_DIR}/app/*.h)

qt_add_lupdate(parat_core TS_FILES ${PARAT_TS_FILES} SOURCES ${PARAT_TR_SOURCES}
    OPTIONS -no-obsolete -locations none)
qt_add_lrelease(parat_core TS_FILES ${PARAT_TS_FILES} QM_FILES_OUTPUT_VARIABLE PARAT_QM_FILES)
# Stored uncompressed: QTranslator then reads the .qm where it lies in the program, where rcc's compression (zstd)
# made every start decompress the whole file first (3.8 M instructions for Danish, before the first paint; the program
# is about 0.5 MB larger). docs/architecture.md "Start-up", round 8.
qt_add_resources(parat_core "parat_translations" PREFIX "/i18n" BASE ${CMAKE_CURRENT_BINARY_DIR}
    FILES ${PARAT_QM_FILES} OPTIONS --no-compress)
install(FILES ${PARAT_QM_FILES} DESTINATION ${CMAKE_INSTALL_DATADIR}/parat/translations)
