# arevent: `make` builds ./arevent from src/ and the committed gen/ with only
# a C compiler and make. See README.md for the other targets.
CC      ?= cc
CFLAGS  ?= -O2
WARN     = -std=c11 -Wall -Wextra -Werror
CPPFLAGS = -D_POSIX_C_SOURCE=200809L -Isrc -Igen
ALL_CFLAGS = $(WARN) $(CFLAGS) $(CPPFLAGS) -MMD -MP
RE2C    ?= re2c
BISON   ?= bison
BISONFLAGS = -Wall -Werror --no-lines
RE2CFLAGS = -W -Werror -i --no-generation-date --no-version -I grammar -I src
B       ?= build
# re2c lexers over UTF-8 text (-8); json.re scans bytes
RE2C_UTF8 = tokenizer closed

LIB_SRC = src/arena.c src/diag.c src/reader.c src/doc.c src/lexicon.c src/lexbuild.c \
          src/writer.c src/entity.c src/events.c src/eval.c \
          gen/tokenizer.c gen/closed.c gen/json.c gen/events_parser.c
LIB_OBJ = $(LIB_SRC:%.c=$(B)/%.o) $(B)/gen/lexicon_tables.o $(B)/gen/common_tables.o
# lexgen links everything but the tables it writes
LEXGEN_OBJ = $(B)/tools/lexgen.o $(B)/src/lexbuild.o $(B)/src/arena.o $(B)/src/diag.o $(B)/gen/tokenizer.o
# common.txt (generated) and stopwords.txt (hand-written) compile apart:
# only some entity rules ask for their words
COMMON_LEXICON = grammar/lexicon/common.txt grammar/lexicon/stopwords.txt
LEXICON = $(filter-out $(COMMON_LEXICON),$(sort $(wildcard grammar/lexicon/*.txt)))
TEST_SRC = $(sort $(wildcard tests/check_*.c))
TEST_OBJ = $(TEST_SRC:%.c=$(B)/%.o)

.PHONY: confusion all check demo regen regen-files bench sanitize fuzz clean deps-check gen-check corpus-check unit-check
# ./arevent for the default build; a build in another folder (make sanitize)
# keeps its binary there, so that it never replaces ./arevent
BIN = $(if $(filter build,$(B)),arevent,$(B)/arevent)

all: $(BIN)

$(BIN): $(B)/src/cli.o $(B)/libarevent.a
	$(CC) $(CFLAGS) -o $@ $^ $(LDFLAGS)

$(B)/libarevent.a: $(LIB_OBJ)
	rm -f $@ && ar rcs $@ $^

$(B)/%.o: %.c
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -c -o $@ $<

$(B)/lexgen: $(LEXGEN_OBJ)
	$(CC) $(CFLAGS) -o $@ $^

# The dictionaries compile with lexgen (plain C), so `make` picks up edits.
gen/lexicon_tables.c: $(LEXICON) $(B)/lexgen
	$(B)/lexgen $@ $(LEXICON)
gen/common_tables.c: $(COMMON_LEXICON) $(B)/lexgen
	$(B)/lexgen --function arv_lexicon_builtin_common $@ $(COMMON_LEXICON)

# ---- regeneration of the re2c and Bison outputs (needs re2c >= 3.0, bison >= 3.8)
GEN_FILES = $(RE2C_UTF8:=.c) json.c events_parser.c events_parser.h lexicon_tables.c common_tables.c

# What grammar/ generates, into $(B)/regen (Bison runs from there so that the
# paths it writes are gen/...)
regen-files:
	@tools/ensure-deps.sh regen
	@rm -rf $(B)/regen && mkdir -p $(B)/regen
	@for f in $(RE2C_UTF8); do $(RE2C) $(RE2CFLAGS) -8 --input-encoding utf8 -o $(B)/regen/$$f.c grammar/$$f.re || exit 1; done
	@$(RE2C) $(RE2CFLAGS) -o $(B)/regen/json.c grammar/json.re
	@mkdir -p $(B)/regen/gen && ln -sfn "$$(pwd)/grammar" $(B)/regen/grammar && cd $(B)/regen && \
	    $(BISON) $(BISONFLAGS) -o gen/events_parser.c --header=gen/events_parser.h grammar/events.y && \
	    mv gen/events_parser.c gen/events_parser.h .
	@$(MAKE) -s $(B)/lexgen
	@$(B)/lexgen $(B)/regen/lexicon_tables.c $(LEXICON)
	@$(B)/lexgen --function arv_lexicon_builtin_common $(B)/regen/common_tables.c $(COMMON_LEXICON)

# Only changed files are replaced: an unchanged gen/tokenizer.c keeps its
# object, which takes a minute to compile.
regen: regen-files
	@for f in $(GEN_FILES); do cmp -s $(B)/regen/$$f gen/$$f || { cp $(B)/regen/$$f gen/$$f && echo "regen: gen/$$f"; }; done

# CI: gen/ must be what grammar/ generates
gen-check: regen-files
	@for f in $(GEN_FILES); do \
	    cmp -s $(B)/regen/$$f gen/$$f || { echo "arevent: error: gen/$$f is stale: run make regen and commit"; exit 1; }; done
	@echo "gen-check: gen/ is up to date"

# ---- tests
deps-check:
	@tools/ensure-deps.sh check

$(B)/check_all: $(TEST_OBJ) $(B)/libarevent.a
	$(CC) $(CFLAGS) -o $@ $^ $$(pkg-config --libs check) $(LDFLAGS)

$(TEST_OBJ): ALL_CFLAGS += $$(pkg-config --cflags check)
$(TEST_OBJ): | deps-check

unit-check: $(B)/check_all $(BIN)
	cd tests && ../$(B)/check_all

corpus-check: $(BIN)
	@B=$(B) ARV=./$(BIN) sh tools/corpus-check.sh

check: deps-check unit-check corpus-check gen-check

# The CAMEO-root confusion table of the last corpus run, kept in corpus/ for reviewers.
confusion: arevent
	-@B=$(B) sh tools/corpus-check.sh >/dev/null
	cp $(B)/corpus/confusion.tsv corpus/confusion.tsv
	cp $(B)/corpus/eval-events.txt corpus/last-eval-events.txt
	cp $(B)/corpus/eval-entities.txt corpus/last-eval-entities.txt

demo: arevent
	@sh tools/demo.sh

bench: arevent
	@sh tools/bench.sh

# Sanitized code runs several times slower: Check's per-test timeouts scale with it.
# clang when there is one: its UBSan also checks arithmetic on a null pointer,
# which GCC's lets pass (the fuzzer found one such case that GCC's missed)
SAN_CC = $(shell echo 'int main(void){return 0;}' | clang -x c -fsanitize=address,undefined -o /dev/null - >/dev/null 2>&1 && echo clang || echo $(CC))
sanitize:
	CK_TIMEOUT_MULTIPLIER=10 $(MAKE) B=build-san CC=$(SAN_CC) CFLAGS="-O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all" \
	    LDFLAGS="-fsanitize=address,undefined" unit-check corpus-check

fuzz:
	@tools/ensure-deps.sh fuzz
	@FUZZ_RUNS=$(FUZZ_RUNS) sh tools/fuzz.sh $(FUZZ_SECONDS)

clean:
	rm -rf build build-san build-fuzz arevent

-include $(wildcard $(B)/*/*.d $(B)/*/*/*.d)
