# Build, install and package knotless like a desktop app, following the GNU conventions:
#
#   make                      the release binary
#   make install              into $(PREFIX) (/usr/local), or a staging root with DESTDIR=
#   make uninstall            removes exactly what install put there
#   make deb                  a Debian package (cargo-deb), in target/debian/
#
# BIN= installs an already built binary instead of building one (the install test uses it).

APP_ID      := io.github.knotless.Knotless
PREFIX      ?= /usr/local
EXEC_PREFIX ?= $(PREFIX)
BINDIR      ?= $(EXEC_PREFIX)/bin
DATAROOTDIR ?= $(PREFIX)/share
DATADIR     ?= $(DATAROOTDIR)
MANDIR      ?= $(DATAROOTDIR)/man
INSTALL     ?= install
CARGO       ?= cargo
TARGET_DIR  ?= $(or $(CARGO_TARGET_DIR),target)
BIN         ?= $(TARGET_DIR)/release/knotless
# Generated pages and completions, made by the binary itself from its clap definitions.
GEN         := $(TARGET_DIR)/release/dist

ICON_SIZES  := 16 22 32 48 64 128 256
# One page per verb and sub-verb, as the binary writes them.
PAGES       = $(notdir $(wildcard $(GEN)/man/*.1))

# Every file install puts down, relative to DESTDIR; uninstall removes this list.
FILES = $(BINDIR)/knotless \
	$(DATADIR)/applications/$(APP_ID).desktop \
	$(DATADIR)/metainfo/$(APP_ID).metainfo.xml \
	$(foreach s,$(ICON_SIZES),$(DATADIR)/icons/hicolor/$(s)x$(s)/apps/$(APP_ID).png) \
	$(DATADIR)/icons/hicolor/scalable/apps/$(APP_ID).svg \
	$(addprefix $(MANDIR)/man1/,$(PAGES)) \
	$(DATADIR)/bash-completion/completions/knotless \
	$(DATADIR)/zsh/site-functions/_knotless \
	$(DATADIR)/fish/vendor_completions.d/knotless.fish

.PHONY: all build generated install uninstall deb clean-dist

all: build

build:
	$(CARGO) build --release --locked

# Unless BIN= names a binary, the release build comes first (cargo knows when it is fresh).
ifeq ($(origin BIN),file)
generated: build
endif

# Man pages and completions from the binary's own clap definitions.
generated:
	rm -rf $(GEN) && mkdir -p $(GEN)/man $(GEN)/completions
	$(BIN) manpages $(GEN)/man
	$(BIN) completions bash > $(GEN)/completions/knotless
	$(BIN) completions zsh > $(GEN)/completions/_knotless
	$(BIN) completions fish > $(GEN)/completions/knotless.fish

install: generated
	$(INSTALL) -Dm755 $(BIN) $(DESTDIR)$(BINDIR)/knotless
	$(INSTALL) -Dm644 assets/$(APP_ID).desktop $(DESTDIR)$(DATADIR)/applications/$(APP_ID).desktop
	$(INSTALL) -Dm644 assets/$(APP_ID).metainfo.xml $(DESTDIR)$(DATADIR)/metainfo/$(APP_ID).metainfo.xml
	for s in $(ICON_SIZES); do \
		$(INSTALL) -Dm644 assets/icons/knotless-$$s.png \
			$(DESTDIR)$(DATADIR)/icons/hicolor/$${s}x$$s/apps/$(APP_ID).png || exit 1; \
	done
	$(INSTALL) -Dm644 assets/icons/knotless.svg $(DESTDIR)$(DATADIR)/icons/hicolor/scalable/apps/$(APP_ID).svg
	$(INSTALL) -d $(DESTDIR)$(MANDIR)/man1
	$(INSTALL) -m644 $(GEN)/man/*.1 $(DESTDIR)$(MANDIR)/man1/
	$(INSTALL) -Dm644 $(GEN)/completions/knotless $(DESTDIR)$(DATADIR)/bash-completion/completions/knotless
	$(INSTALL) -Dm644 $(GEN)/completions/_knotless $(DESTDIR)$(DATADIR)/zsh/site-functions/_knotless
	$(INSTALL) -Dm644 $(GEN)/completions/knotless.fish $(DESTDIR)$(DATADIR)/fish/vendor_completions.d/knotless.fish

# The page list comes from the binary (`generated`), so it matches what install put down.
uninstall: generated
	rm -f $(addprefix $(DESTDIR),$(FILES))

# The package installs under /usr; cargo-deb takes its file list from Cargo.toml
# ([package.metadata.deb]) and the generated pages and completions from $(GEN).
deb: generated
	@command -v cargo-deb >/dev/null || { echo "make deb needs cargo-deb: cargo install cargo-deb --locked" >&2; exit 1; }
	gzip -9nkf $(GEN)/man/*.1
	$(CARGO) deb --no-build --locked
