#include "Application.h"

#include <QApplication>

namespace parat {

int runParat(int argc, char *argv[])
{
    QApplication app(argc, argv);
    return 0;
}

} // namespace parat
