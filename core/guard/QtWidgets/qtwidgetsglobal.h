// This directory is first on parat_core's include path. Every Qt Widgets header includes
// <QtWidgets/qtwidgetsglobal.h>, so a widget include anywhere in core/ lands here and stops the build:
// core/ is shared by the GUI, the command line and the tests and must stay widget-free.
#error "parat_core must not use Qt Widgets: put widget code in app/"
