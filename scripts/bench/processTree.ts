import { readdirSync, readFileSync } from 'node:fs'

/** Linux reports CPU time in /proc in clock ticks of USER_HZ, which is 100 on every mainstream kernel build. */
const TICKS_PER_SECOND = 100

/** What /proc/<pid>/stat says about one process, or undefined when it is gone. */
interface Stat {
  /** The command name (at most 15 characters; Node names its main thread's process `MainThread`). */
  comm: string
  parent: number
  /** User plus system CPU time so far, in ms. */
  cpuMs: number
}

function stat(pid: number): Stat | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8')
    // The command name (field 2) may hold spaces and parentheses, so fields are counted from the last ')'.
    const close = text.lastIndexOf(')')
    const fields = text.slice(close + 2).split(' ')
    return {
      comm: text.slice(text.indexOf('(') + 1, close),
      parent: Number(fields[1]),
      cpuMs: ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND,
    }
  } catch {
    return undefined
  }
}

/** Resident set size of one process in bytes (0 when it is gone). */
function rssBytes(pid: number): number {
  try {
    const match = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
    return match ? Number(match[1]) * 1024 : 0
  } catch {
    return 0
  }
}

/** The pid and every live descendant of it, with what /proc says about each. */
function treeStats(root: number): Map<number, Stat> {
  const stats = new Map<number, Stat>()
  const children = new Map<number, number[]>()
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    const pid = Number(entry)
    const found = stat(pid)
    if (!found) continue
    stats.set(pid, found)
    children.set(found.parent, [...(children.get(found.parent) ?? []), pid])
  }
  const tree = new Map<number, Stat>()
  const queue = [root]
  while (queue.length > 0) {
    const pid = queue.pop()!
    const found = stats.get(pid)
    if (found) tree.set(pid, found)
    queue.push(...(children.get(pid) ?? []))
  }
  return tree
}

/** One look at a process tree (`sampleTree`). */
export interface TreeSample {
  rssBytes: number
  cpuMsByPid: Map<number, { comm: string; cpuMs: number }>
}

/**
 * The summed RSS of a process and its descendants (a build's workers and helpers count too), and the CPU time
 * each of them has used so far.
 */
export function sampleTree(root: number): TreeSample {
  const tree = treeStats(root)
  let rss = 0
  const cpuMsByPid = new Map<number, { comm: string; cpuMs: number }>()
  for (const [pid, { comm, cpuMs }] of tree) {
    rss += rssBytes(pid)
    cpuMsByPid.set(pid, { comm, cpuMs })
  }
  return { rssBytes: rss, cpuMsByPid }
}
