#include "Application.h"

int main(int argc, char *argv[])
{
    return parat::runParat(argc, argv);
}
