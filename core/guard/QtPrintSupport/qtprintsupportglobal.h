// See ../QtWidgets/qtwidgetsglobal.h: core/ writes PDFs with QPdfWriter (Qt Gui), never QPrinter.
#error "parat_core must not use Qt PrintSupport: put printing code in app/"
