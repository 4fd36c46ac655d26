// Non-variadic wrappers around libedit's variadic el_set/el_get/history calls,
// which Swift cannot call directly. Only Console/LineEditing/EditLine.swift uses them.
#ifndef SWITCHBOARD_CEDITLINE_SHIM_H
#define SWITCHBOARD_CEDITLINE_SHIM_H

#include <histedit.h>
#include <stdio.h>
#include <sys/ioctl.h>

typedef char *(*sb_prompt_fn)(EditLine *);
typedef unsigned char (*sb_key_fn)(EditLine *, int);

static inline int sb_el_set_prompt_esc(EditLine *el, sb_prompt_fn fn, char delimiter) {
  return el_set(el, EL_PROMPT_ESC, fn, delimiter);
}

static inline int sb_el_set_editor(EditLine *el, const char *mode) {
  return el_set(el, EL_EDITOR, mode);
}

static inline int sb_el_set_history(EditLine *el, History *h) {
  return el_set(el, EL_HIST, history, h);
}

static inline int sb_el_add_function(EditLine *el, const char *name, const char *help, sb_key_fn fn) {
  return el_set(el, EL_ADDFN, name, help, fn);
}

static inline int sb_el_bind(EditLine *el, const char *key, const char *function) {
  return el_set(el, EL_BIND, key, function, NULL);
}

/* Edit-mode tty without ISIG, so that Ctrl-C reaches a key binding instead of raising SIGINT. */
static inline int sb_el_disable_isig(EditLine *el) {
  return el_set(el, EL_SETTY, "-d", "-isig", NULL);
}

/* Sets (or, with "", removes) one terminal capability, as `settc NAME VALUE` in editrc. */
static inline int sb_el_set_terminal_capability(EditLine *el, const char *name, const char *value) {
  return el_set(el, EL_SETTC, name, value, NULL);
}

/* The terminal's width in columns (80 when it cannot be told). */
static inline int sb_terminal_columns(int fd) {
  struct winsize size;
  if (ioctl(fd, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) return size.ws_col;
  return 80;
}

static inline int sb_el_set_signal(EditLine *el, int on) {
  return el_set(el, EL_SIGNAL, on);
}

static inline int sb_el_set_clientdata(EditLine *el, void *data) {
  return el_set(el, EL_CLIENTDATA, data);
}

static inline void *sb_el_get_clientdata(EditLine *el) {
  void *data = NULL;
  el_get(el, EL_CLIENTDATA, &data);
  return data;
}

static inline int sb_history_set_size(History *h, HistEvent *ev, int size) {
  return history(h, ev, H_SETSIZE, size);
}

static inline int sb_history_set_unique(History *h, HistEvent *ev, int unique) {
  return history(h, ev, H_SETUNIQUE, unique);
}

static inline int sb_history_enter(History *h, HistEvent *ev, const char *line) {
  return history(h, ev, H_ENTER, line);
}

static inline int sb_history_load(History *h, HistEvent *ev, const char *path) {
  return history(h, ev, H_LOAD, path);
}

static inline int sb_history_save(History *h, HistEvent *ev, const char *path) {
  return history(h, ev, H_SAVE, path);
}

static inline int sb_history_first(History *h, HistEvent *ev) {
  return history(h, ev, H_FIRST);
}

static inline int sb_history_next(History *h, HistEvent *ev) {
  return history(h, ev, H_NEXT);
}

static inline int sb_history_count(History *h, HistEvent *ev) {
  return history(h, ev, H_GETSIZE);
}

#endif
