#include "suyuan/normalize/normalizer.h"
