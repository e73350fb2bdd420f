// Compiled only by the core_rejects_widget_includes test, which expects this to fail: a widget
// include with parat_core's include path must not build.
#include <QtWidgets/QWidget>

int parat_core_widgets_probe()
{
    return sizeof(QWidget);
}
