# Makefile — build, test, benchmark and fuzz ormkata (GNU make).
#
#   make            ./ormkata from engine/*.c and src/*.c (objects in build/)
#   make run        build, then run ./ormkata (ARGS="run file.py" to pass arguments)
#   make test       unit + language + CLI tests, again under ASan/UBSan, then a short fuzz
#   make bench      bench/*.py under ./ormkata and python3, as a table
#   make fuzz       libFuzzer on the parser and evaluator for FUZZ_SECONDS
#   make install    PREFIX=/usr/local, DESTDIR for staging
#   make lang-expected   regenerate tests/lang/*.out|.err|.code with CPython 3.11
#   make clean
#
# SAN=1 builds the sanitizer flavour into build-san/ (make test does this
# itself). V=1 shows the full compiler commands.

.DEFAULT_GOAL := all
.DELETE_ON_ERROR:
.SUFFIXES:

# ---------------------------------------------------------------- settings

PREFIX ?= /usr/local
BINDIR ?= $(PREFIX)/bin
DATADIR ?= $(PREFIX)/share/ormkata
# What `make install` copies into $(DATADIR) (the folders that exist).
DATA_DIRS := $(wildcard lessons data)

CC ?= cc
CLANG ?= clang
FUZZ_SECONDS ?= 300
# The fuzz run inside `make test`.
TEST_FUZZ_SECONDS ?= 45

SAN ?= 0
ifeq ($(SAN),1)
BUILD := build-san
OPT := -O1 -g
SANFLAGS := -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all
BIN := $(BUILD)/ormkata
else
BUILD ?= build
OPT ?= -O2 -g
SANFLAGS :=
BIN := ormkata
endif

WARN := -Wall -Wextra -Wshadow -Wmissing-prototypes -Wno-unused-parameter \
        -Wstrict-prototypes -Wold-style-definition -Wpointer-arith \
        -Wformat-security -Werror

PKGS := ncursesw sqlite3 md4c

ifeq ($(V),1)
Q :=
else
Q := @
endif

# ------------------------------------------- dependency check (mk/deps.sh)

# The first build in a build directory checks (and on a root Debian box
# installs) the packages, then caches pkg-config's answers in
# $(BUILD)/config.mk. make re-reads itself once that file exists.
NODEPS_GOALS := clean lang-expected help
ifneq ($(filter-out $(NODEPS_GOALS),$(or $(MAKECMDGOALS),all)),)
-include $(BUILD)/config.mk
endif

$(BUILD)/config.mk: mk/deps.sh
	@mkdir -p $(@D)
	@mk/deps.sh build
	@{ echo "PKG_CFLAGS := $$(pkg-config --cflags $(PKGS))"; \
	   echo "PKG_LIBS := $$(pkg-config --libs $(PKGS))"; \
	   if pkg-config --exists cmocka; then \
	     echo "CMOCKA_CFLAGS := $$(pkg-config --cflags cmocka)"; \
	     echo "CMOCKA_LIBS := $$(pkg-config --libs cmocka)"; \
	   fi; } > $@.tmp && mv $@.tmp $@

# ---------------------------------------------------------------- sources

ENGINE_SRC := $(sort $(wildcard engine/*.c))
SRC_SRC := $(sort $(wildcard src/*.c))
MAIN_SRC := src/main.c
LIB_SRC := $(ENGINE_SRC) $(filter-out $(MAIN_SRC),$(SRC_SRC))
UNIT_SRC := $(sort $(wildcard tests/unit/test_*.c))

# Python modules compiled into the binary (the ORM and the models).
EMBED_PY := $(sort $(shell find engine/py -name '*.py' 2>/dev/null)) $(sort $(wildcard data/models/*.py))
EMBED_C := $(BUILD)/gen/embedded_py.c

LIB_OBJ := $(LIB_SRC:%.c=$(BUILD)/%.o) $(BUILD)/gen/embedded_py.o $(BUILD)/gen/fixture_images.o \
           $(BUILD)/gen/lex_images.o
MAIN_OBJ := $(if $(wildcard $(MAIN_SRC)),$(BUILD)/src/main.o)
UNIT_OBJ := $(UNIT_SRC:%.c=$(BUILD)/%.o)
UNIT_BIN := $(UNIT_SRC:%.c=$(BUILD)/%)
LIB := $(BUILD)/libormkata.a

CPPFLAGS_ALL := -Iengine -Isrc -DORMKATA_DATADIR='"$(DATADIR)"' $(if $(wildcard src/app.c),-DORMKATA_HAVE_APP) $(CPPFLAGS)
CFLAGS_ALL := -std=c11 -D_GNU_SOURCE $(OPT) $(WARN) $(SANFLAGS) -MMD -MP $(CFLAGS)
# -z now: the dynamic linker binds every symbol at start-up, once, in the
# process that batch runs and the grader fork from; with lazy binding every
# forked child redid the lookups and copied the GOT pages it wrote.
LDFLAGS_ALL := $(SANFLAGS) -Wl,-z,now $(LDFLAGS)
LIBS := $(PKG_LIBS) -lm -lpthread

# Objects rebuild when the flags change, not only when sources do.
FLAGS_STAMP := $(BUILD)/.flags
FLAGS_NOW := $(CC) $(CPPFLAGS_ALL) $(CFLAGS_ALL) $(PKG_CFLAGS) $(CMOCKA_CFLAGS)
ifneq ($(filter-out $(NODEPS_GOALS),$(or $(MAKECMDGOALS),all)),)
$(shell mkdir -p $(BUILD))
ifneq ($(strip $(file <$(FLAGS_STAMP))),$(strip $(FLAGS_NOW)))
$(file >$(FLAGS_STAMP),$(strip $(FLAGS_NOW)))
endif
endif

# ---------------------------------------------------------------- targets

# The ORM benchmark's floor: SQLite itself, from C (bench/orm.sh).
$(BUILD)/sqlite_floor: bench/sqlite_floor.c | $(BUILD)/config.mk
	$(Q)$(CC) -std=c11 -D_GNU_SOURCE -O2 $(WARN) $(PKG_CFLAGS) $< -o $@ $(PKG_LIBS)

.PHONY: all run test unit bench fuzz fuzz-build install uninstall clean lang-expected help

all: $(BIN)
	@:

$(BIN): $(MAIN_OBJ) $(LIB)
	@$(if $(MAIN_OBJ),,echo "src/main.c does not exist yet" >&2; exit 1)
	@echo "  LINK  $@"
	$(Q)$(CC) $(LDFLAGS_ALL) -o $@ $(MAIN_OBJ) $(LIB) $(LIBS)

$(LIB): $(LIB_OBJ)
	@echo "  AR    $@"
	$(Q)rm -f $@ && ar rcs $@ $(LIB_OBJ)

$(BUILD)/%.o: %.c $(FLAGS_STAMP) | $(BUILD)/config.mk
	@mkdir -p $(@D)
	@echo "  CC    $<"
	$(Q)$(CC) $(CPPFLAGS_ALL) $(CFLAGS_ALL) $(PKG_CFLAGS) $(if $(filter tests/%,$<),$(CMOCKA_CFLAGS)) -c $< -o $@

$(EMBED_C): mk/embed_py.sh $(EMBED_PY)
	@mkdir -p $(@D)
	@echo "  EMBED $@"
	$(Q)mk/embed_py.sh $@ $(EMBED_PY)

$(BUILD)/gen/embedded_py.o: $(EMBED_C) $(FLAGS_STAMP) | $(BUILD)/config.mk
	@echo "  CC    $<"
	$(Q)$(CC) $(CPPFLAGS_ALL) $(CFLAGS_ALL) -c $< -o $@

# The kata fixture's database images, made once at build time by a small
# host tool (engine/fixture*.c alone) and embedded with .incbin.
FIXTURE_TOOL := $(BUILD)/gen/fixture_image
$(FIXTURE_TOOL): mk/fixture_image.c engine/fixture.c engine/fixture_gen.c engine/fixture.h engine/fixture_gen.h | $(BUILD)/config.mk
	@mkdir -p $(@D)
	@echo "  TOOL  $@"
	$(Q)$(CC) -std=c11 -D_GNU_SOURCE -O2 -Iengine $(PKG_CFLAGS) mk/fixture_image.c engine/fixture.c engine/fixture_gen.c -o $@ $(PKG_LIBS)

$(BUILD)/gen/fixture_v%.db: $(FIXTURE_TOOL)
	@echo "  IMAGE $@"
	$(Q)$(FIXTURE_TOOL) $* $@

$(BUILD)/gen/fixture_schema.db: $(FIXTURE_TOOL)
	@echo "  IMAGE $@"
	$(Q)$(FIXTURE_TOOL) schema $@

$(BUILD)/gen/fixture_images.o: mk/fixture_images.c $(BUILD)/gen/fixture_v1.db $(BUILD)/gen/fixture_v2.db $(BUILD)/gen/fixture_schema.db $(FLAGS_STAMP) | $(BUILD)/config.mk
	@echo "  CC    $<"
	$(Q)$(CC) $(CPPFLAGS_ALL) $(CFLAGS_ALL) -DIMG_DIR='"$(BUILD)/gen"' -c $< -o $@

# The embedded modules' tokens, made once at build time by a small host
# tool (the engine's lexer over gen/embedded_py.c) and embedded with .incbin.
LEX_TOOL := $(BUILD)/gen/lex_image
$(LEX_TOOL): mk/lex_image.c engine/lex.c engine/arena.c $(EMBED_C) $(wildcard engine/*.h) | $(BUILD)/config.mk
	@mkdir -p $(@D)
	@echo "  TOOL  $@"
	$(Q)$(CC) -std=c11 -D_GNU_SOURCE -O2 -Iengine $(PKG_CFLAGS) mk/lex_image.c engine/lex.c engine/arena.c $(EMBED_C) -o $@

$(BUILD)/gen/lex_image.bin: $(LEX_TOOL)
	@echo "  IMAGE $@"
	$(Q)$(LEX_TOOL) $@

$(BUILD)/gen/lex_images.o: mk/lex_images.c $(BUILD)/gen/lex_image.bin $(FLAGS_STAMP) | $(BUILD)/config.mk
	@echo "  CC    $<"
	$(Q)$(CC) $(CPPFLAGS_ALL) $(CFLAGS_ALL) -DIMG_DIR='"$(BUILD)/gen"' -c $< -o $@

$(UNIT_BIN): $(BUILD)/tests/unit/%: $(BUILD)/tests/unit/%.o $(LIB)
	@echo "  LINK  $@"
	$(Q)$(CC) $(LDFLAGS_ALL) -o $@ $< $(LIB) $(CMOCKA_LIBS) $(LIBS)

# The unit test programs (each tests/unit/test_*.c is its own cmocka main).
unit: $(UNIT_BIN)
	@:

run: all
	./$(BIN) $(ARGS)

# Everything twice (plain, then ASan+UBSan), then a short fuzz when clang
# is there; tests/run.sh prints one line per test and "N passed, N failed".
# A build that fails is one failed test, so the output still ends with the tally.
BUILD_FAILED = { echo "  FAIL  $(1) build"; echo "0 passed, 1 failed"; exit 1; }
test:
	@mk/deps.sh test
	@$(MAKE) --no-print-directory all unit || $(call BUILD_FAILED,plain)
	@$(MAKE) --no-print-directory SAN=1 all unit || $(call BUILD_FAILED,sanitizer)
	@if mk/deps.sh -q fuzz && [ "$(TEST_FUZZ_SECONDS)" != 0 ]; then \
	  $(MAKE) --no-print-directory fuzz-build || $(call BUILD_FAILED,fuzz); fi
	@tests/run.sh --fuzz-seconds $(TEST_FUZZ_SECONDS)

bench: all $(BUILD)/sqlite_floor
	@bench/run.sh ./$(BIN)
	@SQLITE_FLOOR=$(BUILD)/sqlite_floor bench/orm.sh ./$(BIN)
	@bench/app.sh ./$(BIN) 2

# ---------------------------------------------------------------- fuzzing

FUZZ_BUILD := build-fuzz
FUZZ_SAN := -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer
FUZZ_CFLAGS := -std=c11 -D_GNU_SOURCE -O1 -g $(filter-out -Werror,$(WARN)) -Iengine -MMD -MP
FUZZ_ENGINE_OBJ := $(ENGINE_SRC:%.c=$(FUZZ_BUILD)/%.o) $(FUZZ_BUILD)/gen/embedded_py.o $(FUZZ_BUILD)/fixture_prebuilt_stub.o \
                   $(FUZZ_BUILD)/gen/lex_images.o
FUZZ_BIN := $(FUZZ_BUILD)/fuzz_engine

fuzz-build: $(FUZZ_BIN)

$(FUZZ_BUILD)/engine/%.o: engine/%.c | $(BUILD)/config.mk
	@mkdir -p $(@D)
	@echo "  CLANG $<"
	$(Q)$(CLANG) $(FUZZ_CFLAGS) $(FUZZ_SAN) -fsanitize=fuzzer-no-link $(PKG_CFLAGS) -c $< -o $@

$(FUZZ_BUILD)/gen/embedded_py.c: mk/embed_py.sh $(EMBED_PY)
	@mkdir -p $(@D)
	$(Q)mk/embed_py.sh $@ $(EMBED_PY)

$(FUZZ_BUILD)/gen/embedded_py.o: $(FUZZ_BUILD)/gen/embedded_py.c
	$(Q)$(CLANG) $(FUZZ_CFLAGS) $(FUZZ_SAN) -fsanitize=fuzzer-no-link -c $< -o $@

# The same token image as the plain build's (made from the same sources).
$(FUZZ_BUILD)/gen/lex_images.o: mk/lex_images.c $(BUILD)/gen/lex_image.bin
	@mkdir -p $(@D)
	$(Q)$(CLANG) $(FUZZ_CFLAGS) $(FUZZ_SAN) -fsanitize=fuzzer-no-link -DIMG_DIR='"$(BUILD)/gen"' -c $< -o $@

$(FUZZ_BUILD)/fixture_prebuilt_stub.o: fuzz/fixture_prebuilt_stub.c | $(BUILD)/config.mk
	@mkdir -p $(@D)
	$(Q)$(CLANG) $(FUZZ_CFLAGS) $(FUZZ_SAN) -fsanitize=fuzzer-no-link -c $< -o $@

$(FUZZ_BUILD)/fuzz_engine.o: fuzz/fuzz_engine.c | $(BUILD)/config.mk
	@mkdir -p $(@D)
	@echo "  CLANG $<"
	$(Q)$(CLANG) $(FUZZ_CFLAGS) $(FUZZ_SAN) -fsanitize=fuzzer-no-link -c $< -o $@

$(FUZZ_BIN): $(FUZZ_BUILD)/fuzz_engine.o $(FUZZ_ENGINE_OBJ)
	@echo "  LINK  $@"
	$(Q)$(CLANG) $(FUZZ_SAN) -fsanitize=fuzzer -o $@ $^ $(LIBS)

fuzz:
	@mk/deps.sh fuzz
	@$(MAKE) --no-print-directory fuzz-build
	@fuzz/run.sh $(FUZZ_BIN) $(FUZZ_SECONDS)

# ---------------------------------------------------------------- install

install: all
	install -d $(DESTDIR)$(BINDIR)
	install -m 755 $(BIN) $(DESTDIR)$(BINDIR)/ormkata
	$(if $(DATA_DIRS),install -d $(DESTDIR)$(DATADIR))
	$(foreach d,$(DATA_DIRS),cp -R $(d) $(DESTDIR)$(DATADIR)/;)

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/ormkata
	rm -rf $(DESTDIR)$(DATADIR)

# ---------------------------------------------------------------- misc

lang-expected:
	@tests/lang/gen_expected.sh $(NAMES)

clean:
	rm -rf build build-san build-fuzz ormkata

help:
	@sed -n '2,13p' Makefile

-include $(LIB_OBJ:.o=.d) $(MAIN_OBJ:.o=.d) $(UNIT_OBJ:.o=.d) \
         $(FUZZ_ENGINE_OBJ:.o=.d) $(FUZZ_BUILD)/fuzz_engine.d
