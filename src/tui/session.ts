// The picker on a real terminal: raw mode, the alternate screen, keypress events from
// node:readline, one frame per batch of keys, redraw on resize, and the terminal given back on every
// way out: a normal end, an exception, SIGTERM, SIGHUP, SIGINT, and Ctrl-Z (restored, suspended,
// re-entered and redrawn on SIGCONT), as well as while the pager has it.
import { emitKeypressEvents } from 'node:readline';
import { inputOf, type KeyPress } from './keys.js';
import type { Picker, Row } from './picker.js';
import { drawFrame, ENTER_ALT_SCREEN, CLEAR_SCREEN, RESTORE } from './screen.js';

/** The terminal's input as the session uses it: process.stdin, or a test's. */
export interface TtyInput {
  setRawMode(mode: boolean): unknown;
  resume(): unknown;
  pause(): unknown;
  on(event: 'keypress', listener: (text: string | undefined, key: KeyPress | undefined) => void): unknown;
  off(event: 'keypress', listener: (text: string | undefined, key: KeyPress | undefined) => void): unknown;
}

/** The terminal's output: process.stdout, or a test's. */
export interface TtyOutput {
  readonly columns: number;
  readonly rows: number;
  write(text: string): unknown;
  on(event: 'resize', listener: () => void): unknown;
  off(event: 'resize', listener: () => void): unknown;
}

/** The signals the session handles, and how it stops itself: the process, or a test's. */
export interface SignalHost {
  on(signal: NodeJS.Signals | 'exit', listener: () => void): unknown;
  off(signal: NodeJS.Signals | 'exit', listener: () => void): unknown;
  kill(pid: number, signal: NodeJS.Signals): unknown;
  readonly pid: number;
}

export interface SessionHooks {
  /** Enter with --print: the session ends with that row. Otherwise `read` shows it and the picker comes back. */
  readonly print: boolean;
  /** Shows the post (the pager) while the terminal is the shell's again; returns a status line, if any. */
  read(row: Row): Promise<string | undefined>;
  /** Ctrl-O; resolves to the status line to show. */
  onOpen(row: Row): Promise<string>;
}

export interface SessionIo {
  readonly input: TtyInput;
  readonly output: TtyOutput;
  readonly signals: SignalHost;
}

/** How long Enter waits for a syllable the input method commits late, before acting. */
export const ACCEPT_DELAY_MS = 50;
/** A lone Esc is known after this long (readline waits 500 ms by default for the rest of a sequence). */
const ESCAPE_TIMEOUT_MS = 50;

const SIGNALS_THAT_END: readonly NodeJS.Signals[] = ['SIGTERM', 'SIGHUP', 'SIGINT'];

/** Runs the picker until it is left (undefined) or, with --print, a row is chosen. */
export function runPicker(picker: Picker, io: SessionIo, hooks: SessionHooks): Promise<Row | undefined> {
  const { input, output, signals } = io;
  emitKeypressEvents(input as unknown as NodeJS.ReadableStream, { escapeCodeTimeout: ESCAPE_TIMEOUT_MS } as never);
  return new Promise((resolve, reject) => {
    let onScreen = false;
    let busy = false; // the pager has the terminal
    let scheduled = false;
    let accepting: ReturnType<typeof setTimeout> | undefined;
    let finished = false;

    const enterScreen = () => {
      output.write(ENTER_ALT_SCREEN + CLEAR_SCREEN);
      input.setRawMode(true);
      input.resume();
      onScreen = true;
    };
    // Pausing the input lets the pager read the keys; a suspended session keeps it open, or nothing
    // would keep the process alive once SIGCONT woke it (signal handlers do not).
    const leaveScreen = (pause = true) => {
      if (!onScreen) return;
      onScreen = false;
      try {
        input.setRawMode(false);
      } finally {
        if (pause) input.pause();
        output.write(RESTORE);
      }
    };
    const draw = () => {
      scheduled = false;
      if (!onScreen || busy || finished) return;
      try {
        output.write(drawFrame(picker.frame(output.columns, output.rows)));
      } catch (error) {
        finish(undefined, error);
      }
    };
    const schedule = () => {
      if (scheduled) return;
      scheduled = true;
      setImmediate(draw);
    };
    const accept = () => {
      accepting = undefined;
      const row = picker.selected();
      if (!row) return schedule();
      if (hooks.print) return finish(row);
      busy = true;
      leaveScreen();
      hooks.read(row).then((status) => {
        if (status) picker.say(status);
      }, (error: unknown) => picker.say(error instanceof Error ? error.message : String(error))).finally(() => {
        busy = false;
        if (finished) return;
        enterScreen();
        schedule();
      });
    };
    const onKey = (text: string | undefined, key: KeyPress | undefined) => {
      if (busy || finished) return;
      const typed = inputOf(text, key);
      if (!typed) return;
      let intent;
      try {
        intent = picker.handle(typed);
      } catch (error) {
        return finish(undefined, error);
      }
      if (intent === 'quit') return finish(undefined);
      if (intent === 'suspend') return suspend();
      if (intent === 'accept') accepting ??= setTimeout(accept, ACCEPT_DELAY_MS);
      if (intent === 'redraw') output.write(CLEAR_SCREEN);
      if (intent === 'open') {
        const row = picker.selected();
        if (row) {
          hooks.onOpen(row).then((status) => {
            picker.say(status);
            schedule();
          }, (error: unknown) => finish(undefined, error));
        }
      }
      schedule();
    };
    // Ctrl-Z in raw mode is a key, not a signal: give the terminal back, then stop as the shell expects.
    const suspend = () => {
      if (accepting) clearTimeout(accepting);
      accepting = undefined;
      leaveScreen(false);
      signals.kill(signals.pid, 'SIGSTOP');
    };
    const resumed = () => {
      if (finished || busy) return;
      // Stopped by a SIGSTOP we did not see coming, the shell took its terminal modes back: take
      // raw mode again (libuv skips setting the mode it thinks is already set, hence off first).
      if (onScreen) input.setRawMode(false);
      enterScreen();
      schedule();
    };
    const ended = (signal: NodeJS.Signals) => () => {
      // Ctrl-C inside the pager reaches us too: it is the pager's.
      if (busy && signal === 'SIGINT') return;
      try {
        cleanUp();
      } catch {
        // After SIGHUP the terminal may be gone: nothing left to restore.
      } finally {
        // Die of the same signal, as the shell expects: the default action, now that our handler is gone.
        signals.kill(signals.pid, signal);
      }
    };
    const enders = SIGNALS_THAT_END.map((signal) => [signal, ended(signal)] as const);
    const onExit = () => leaveScreen();

    const cleanUp = () => {
      finished = true;
      picker.onChange = () => {};
      if (accepting) clearTimeout(accepting);
      input.off('keypress', onKey);
      output.off('resize', schedule);
      for (const [signal, handler] of enders) signals.off(signal, handler);
      signals.off('SIGTSTP', suspend);
      signals.off('SIGCONT', resumed);
      signals.off('exit', onExit);
      leaveScreen();
    };
    function finish(row: Row | undefined, error?: unknown) {
      if (finished) return;
      cleanUp();
      if (error === undefined) resolve(row);
      else reject(error);
    }

    picker.onChange = schedule;
    try {
      for (const [signal, handler] of enders) signals.on(signal, handler);
      signals.on('SIGTSTP', suspend);
      signals.on('SIGCONT', resumed);
      signals.on('exit', onExit);
      output.on('resize', schedule);
      input.on('keypress', onKey);
      enterScreen();
      draw();
    } catch (error) {
      finish(undefined, error);
    }
  });
}
