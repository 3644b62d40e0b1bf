// The catalog has no board power for graphics cards. These are the vendors' reference total board
// powers (NVIDIA TGP / AMD TBP / Intel TBP, in W) for chips where the figure is well known. Factory-
// overclocked cards draw somewhat more; the compatibility engine adds its own headroom. Chips missing
// here stay null (unknown) rather than guessed.
const BOARD_POWER_W: Record<string, number> = {
  // GeForce 700 / 900
  'GeForce GTX 750': 55,
  'GeForce GTX 750 Ti': 60,
  'GeForce GTX 760': 170,
  'GeForce GTX 770': 230,
  'GeForce GTX 780': 250,
  'GeForce GTX 780 Ti': 250,
  'GeForce GTX 950': 90,
  'GeForce GTX 950 75W': 75,
  'GeForce GTX 960': 120,
  'GeForce GTX 970': 145,
  'GeForce GTX 980': 165,
  'GeForce GTX 980 Ti': 250,
  'GeForce GTX Titan X': 250,
  // GeForce 10
  'GeForce GT 1030': 30,
  'GeForce GT 1030 DDR4': 20,
  'GeForce GTX 1050': 75,
  'GeForce GTX 1050 Ti': 75,
  'GeForce GTX 1060 3GB': 120,
  'GeForce GTX 1060 6GB': 120,
  'GeForce GTX 1070': 150,
  'GeForce GTX 1070 Ti': 180,
  'GeForce GTX 1080': 180,
  'GeForce GTX 1080 Ti': 250,
  'Titan X (Pascal)': 250,
  'Titan Xp': 250,
  // GeForce 16
  'GeForce GTX 1630': 75,
  'GeForce GTX 1650 G5': 75,
  'GeForce GTX 1650 G6': 75,
  'GeForce GTX 1650 SUPER': 100,
  'GeForce GTX 1660': 120,
  'GeForce GTX 1660 SUPER': 125,
  'GeForce GTX 1660 Ti': 120,
  // GeForce 20
  'GeForce RTX 2060': 160,
  'GeForce RTX 2060 12GB': 184,
  'GeForce RTX 2060 SUPER': 175,
  'GeForce RTX 2070': 175,
  'GeForce RTX 2070 SUPER': 215,
  'GeForce RTX 2080': 215,
  'GeForce RTX 2080 SUPER': 250,
  'GeForce RTX 2080 Ti': 250,
  'TITAN RTX': 280,
  // GeForce 30
  'GeForce RTX 3050 6GB': 70,
  'GeForce RTX 3050 8GB': 130,
  'GeForce RTX 3060 8GB': 170,
  'GeForce RTX 3060 12GB': 170,
  'GeForce RTX 3060 Ti': 200,
  'GeForce RTX 3070': 220,
  'GeForce RTX 3070 Ti': 290,
  'GeForce RTX 3080 10GB': 320,
  'GeForce RTX 3080 12GB': 350,
  'GeForce RTX 3080 Ti': 350,
  'GeForce RTX 3090': 350,
  'GeForce RTX 3090 Ti': 450,
  // GeForce 40 (the 4060 Ti by memory size, below)
  'GeForce RTX 4060': 115,
  'GeForce RTX 4070': 200,
  'GeForce RTX 4070 SUPER': 220,
  'GeForce RTX 4070 Ti': 285,
  'GeForce RTX 4070 Ti SUPER': 285,
  'GeForce RTX 4080': 320,
  'GeForce RTX 4080 SUPER': 320,
  'GeForce RTX 4090': 450,
  // GeForce 50
  'GeForce RTX 5050': 130,
  'GeForce RTX 5060': 145,
  'GeForce RTX 5060 Ti': 180,
  'GeForce RTX 5070': 250,
  'GeForce RTX 5070 Ti': 300,
  'GeForce RTX 5080': 360,
  'GeForce RTX 5090': 575,
  // Radeon RX 400 / 500 / Vega
  'Radeon RX 460': 75,
  'Radeon RX 470': 120,
  'Radeon RX 480': 150,
  'Radeon RX 550 - 512': 50,
  'Radeon RX 550 - 640': 50,
  'Radeon RX 560 - 1024': 80,
  'Radeon RX 570': 150,
  'Radeon RX 580': 185,
  'Radeon RX 590': 225,
  'Radeon RX VEGA 56': 210,
  'Radeon RX VEGA 64': 295,
  'Radeon VII': 300,
  // Radeon RX 5000
  'Radeon RX 5500 XT': 130,
  'Radeon RX 5600 XT': 150,
  'Radeon RX 5700': 180,
  'Radeon RX 5700 XT': 225,
  // Radeon RX 6000
  'Radeon RX 6400': 53,
  'Radeon RX 6500 XT': 107,
  'Radeon RX 6600': 132,
  'Radeon RX 6600 XT': 160,
  'Radeon RX 6650 XT': 180,
  'Radeon RX 6700': 175,
  'Radeon RX 6700 XT': 230,
  'Radeon RX 6750 XT': 250,
  'Radeon RX 6800': 250,
  'Radeon RX 6800 XT': 300,
  'Radeon RX 6900 XT': 300,
  'Radeon RX 6950 XT': 335,
  // Radeon RX 7000
  'Radeon RX 7600': 165,
  'Radeon RX 7600 XT': 190,
  'Radeon RX 7700 XT': 245,
  'Radeon RX 7800 XT': 263,
  'Radeon RX 7900 GRE': 260,
  'Radeon RX 7900 XT': 315,
  'Radeon RX 7900 XTX': 355,
  // Radeon RX 9000 (the 9060 XT by memory size, below)
  'Radeon RX 9070': 220,
  'Radeon RX 9070 XT': 304,
  // Intel Arc
  'Arc A310': 75,
  'Arc A380': 75,
  'Arc A580': 185,
  'Arc A750': 225,
  'Arc A770': 225,
  'Arc B570': 150,
  'Arc B580': 190,
};

/** Chips whose board power depends on the memory size; keyed "<chipset>|<GB>". */
const BOARD_POWER_BY_VRAM_W: Record<string, number> = {
  'GeForce RTX 4060 Ti|8': 160,
  'GeForce RTX 4060 Ti|16': 165,
  'Radeon RX 9060 XT|8': 150,
  'Radeon RX 9060 XT|16': 160,
};

/** Reference board power of a graphics chip, or null when it is not certain. */
export function inferGpuBoardPowerW(chipset: string | null, vramGb: number | null): number | null {
  if (!chipset) return null;
  // LHR (hash-rate limited) cards are electrically the same chip.
  const chip = chipset.replace(/\s+LHR$/, '').trim();
  if (vramGb !== null) {
    const byVram = BOARD_POWER_BY_VRAM_W[`${chip}|${vramGb}`];
    if (byVram !== undefined) return byVram;
  }
  return BOARD_POWER_W[chip] ?? null;
}
