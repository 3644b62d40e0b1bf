import type { MemorySpecs } from '../parts/specs';

type MemoryType = NonNullable<MemorySpecs['memoryType']>;

interface PlatformMemory {
  /** Normalized socket ("AM5", "LGA1700"). */
  socket: string;
  /** Only these CPU generations of the socket; the row without this list covers the rest. */
  microarchitectures?: string[];
  /** The DDR generations the CPU's memory controller takes (of those the catalog knows: DDR3 to DDR5). */
  memory: MemoryType[];
}

/**
 * The memory each CPU platform takes, from the makers' spec pages (AMD's "System Memory Type" on each Ryzen
 * page; Intel ARK's "Memory Types"), checked July 2025. A CPU's memory controller decides which DDR generation
 * works, so a kit of another one fails even before a motherboard is chosen. Sockets missing here are unknown.
 */
const PLATFORM_MEMORY: PlatformMemory[] = [
  // AMD: Ryzen 7000/8000/9000 (AM5) are DDR5 only; every AM4 Ryzen and Athlon is DDR4.
  { socket: 'AM5', memory: ['DDR5'] },
  { socket: 'AM4', memory: ['DDR4'] },
  { socket: 'STR4', memory: ['DDR4'] },
  { socket: 'STRX4', memory: ['DDR4'] },
  // AM3 Phenom II also took DDR2, which the catalog does not have; the FM and AM1 APUs are DDR3.
  { socket: 'AM3', memory: ['DDR3'] },
  { socket: 'AM3+', memory: ['DDR3'] },
  { socket: 'FM1', memory: ['DDR3'] },
  { socket: 'FM2', memory: ['DDR3'] },
  { socket: 'FM2+', memory: ['DDR3'] },
  { socket: 'AM1', memory: ['DDR3'] },
  // Intel: Core Ultra 200S (LGA1851) is DDR5 only; 12th–14th gen (LGA1700) take DDR4 or DDR5.
  { socket: 'LGA1851', memory: ['DDR5'] },
  { socket: 'LGA1700', memory: ['DDR4', 'DDR5'] },
  { socket: 'LGA1200', memory: ['DDR4'] },
  // 8th/9th gen are DDR4 only; 6th/7th gen also take DDR3L (a DDR3 kit at 1.35 V).
  { socket: 'LGA1151', microarchitectures: ['Coffee Lake', 'Coffee Lake Refresh'], memory: ['DDR4'] },
  { socket: 'LGA1151', memory: ['DDR3', 'DDR4'] },
  { socket: 'LGA2066', memory: ['DDR4'] },
  { socket: 'LGA2011-3', memory: ['DDR4'] },
  { socket: 'LGA2011', memory: ['DDR3'] },
  { socket: 'LGA1366', memory: ['DDR3'] },
  { socket: 'LGA1150', memory: ['DDR3'] },
  { socket: 'LGA1155', memory: ['DDR3'] },
  { socket: 'LGA1156', memory: ['DDR3'] },
];

const sameText = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** The DDR generations a CPU of this (normalized) socket and generation takes; null when not known. */
export function cpuMemoryTypes(socket: string, microarchitecture: string | null): MemoryType[] | null {
  const rows = PLATFORM_MEMORY.filter((row) => row.socket === socket);
  const row =
    rows.find(
      (r) => microarchitecture !== null && r.microarchitectures?.some((m) => sameText(m, microarchitecture)),
    ) ?? rows.find((r) => r.microarchitectures === undefined);
  return row?.memory ?? null;
}

/** The one DDR generation every board of this (normalized) socket takes, when its CPUs take only one. */
export function socketMemoryType(socket: string): MemoryType | null {
  const memory = cpuMemoryTypes(socket, null);
  return memory?.length === 1 ? (memory[0] ?? null) : null;
}
