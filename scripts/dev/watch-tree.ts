// Watches a folder and everything below it, one fs.watch per directory. Not fs.watch's
// `recursive` option: on Linux, Node 20 implements it with one watch per file, and an editor
// that saves by writing a temporary file and renaming it over the old one (vim, sed -i, "safe
// write") leaves it watching the replaced file, so every later save of that file goes unseen.
// A directory's watch reports its entries by name however they are written, and a directory
// created later is watched from its first event on.
import { type FSWatcher, readdirSync, statSync, watch } from 'node:fs';
import path from 'node:path';

export interface TreeWatcher {
  close(): void;
}

/** Calls `onChange` with the absolute path of every entry created, changed or removed under `folder`. */
export function watchTree(folder: string, onChange: (file: string) => void): TreeWatcher {
  const watchers = new Map<string, FSWatcher>();
  let closed = false;

  const add = (directory: string) => {
    if (closed || watchers.has(directory)) return;
    let watcher: FSWatcher;
    try {
      watcher = watch(directory, (_event, name) => {
        if (!name) return;
        const entry = path.join(directory, name.toString());
        if (isDirectory(entry)) add(entry);
        onChange(entry);
      });
    } catch {
      return; // removed before it could be watched
    }
    // A removed directory's watch ends with an error on some systems: forget it.
    watcher.on('error', () => {
      watcher.close();
      watchers.delete(directory);
    });
    watchers.set(directory, watcher);
    for (const entry of entries(directory)) if (entry.isDirectory()) add(path.join(directory, entry.name));
  };
  add(folder);

  return {
    close() {
      closed = true;
      for (const watcher of watchers.values()) watcher.close();
      watchers.clear();
    },
  };
}

function entries(directory: string) {
  try {
    return readdirSync(directory, { withFileTypes: true });
  } catch {
    return [];
  }
}

function isDirectory(file: string): boolean {
  try {
    return statSync(file).isDirectory();
  } catch {
    return false;
  }
}
