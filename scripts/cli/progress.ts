/**
 * Progress of a long run (about 8 seconds at national scale), on stderr so stdout keeps only the results: on a
 * terminal, one line per stage and a bar redrawn in place while the files are written; into a file or a pipe, plain
 * lines only (a redrawn bar would fill a log with carriage returns).
 */
export interface ProgressOutput {
  isTTY?: boolean;
  columns?: number;
  write(text: string): unknown;
}

export interface Progress {
  stage(name: string): void;
  writing(done: number, total: number): void;
  /** Clears a bar left on the line, before the summary is printed. */
  end(): void;
}

const BAR_WIDTH = 30;

export function createProgress(out: ProgressOutput): Progress {
  const tty = out.isTTY === true;
  let barShown = false;
  let lastQuarter = 0;
  const clearBar = () => {
    if (barShown) out.write('\r\x1b[2K');
    barShown = false;
  };
  return {
    stage(name) {
      clearBar();
      out.write(`… ${name}\n`);
    },
    writing(done, total) {
      if (tty) {
        const filled = Math.round((done / total) * BAR_WIDTH);
        out.write(`\r[${'█'.repeat(filled)}${'░'.repeat(BAR_WIDTH - filled)}] เขียนไฟล์ ${done}/${total}`);
        barShown = true;
        if (done === total) clearBar();
        return;
      }
      // Plain lines: at each quarter, and the last file.
      const quarter = Math.floor((done / total) * 4);
      if (quarter > lastQuarter || done === total) {
        lastQuarter = quarter;
        out.write(`  เขียนไฟล์แล้ว ${done}/${total}\n`);
      }
    },
    end: clearBar,
  };
}

/**
 * A reader that stops early (`| head`, a closed terminal) makes the next write fail with EPIPE, which Node reports as
 * an uncaught English stack trace. The job goes on and finishes its files; only its printing stops.
 */
export function quietBrokenPipes(...streams: NodeJS.WriteStream[]): void {
  for (const stream of streams) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') return;
      throw error;
    });
  }
}
