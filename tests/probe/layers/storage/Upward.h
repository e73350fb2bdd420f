#pragma once

// A storage header that reaches up to a service: cmake/CheckLayers.cmake must reject it
// (test core_layer_check_rejects_upward_include).
#include "services/CapacityLoader.h"
