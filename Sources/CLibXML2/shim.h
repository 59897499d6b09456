// libxml2's HTML parser (Debian's libxml2-dev, which a Swift toolchain on Linux needs anyway).
#include <libxml/xmlversion.h>
// Debian's libxml2 is built with ICU; its ICU headers clash with the ICU inside Foundation. Only
// the encoding handler's private fields depend on it, which Luoshi never reads.
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
