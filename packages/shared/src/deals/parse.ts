import type { Category, Condition } from '../parts/enums';

/** A part found in a listing's text: what it is, the words it came from, and what to search the catalog for. */
export interface ParsedItem {
  category: Category;
  /** A plain name: "RTX 3070 Ti", "Core i7-8700K", "32 GB DDR4-3600". */
  name: string;
  /** The words of the listing it was read from, as written. */
  source: string;
  /** What to search the catalog for (`GET /api/v1/catalog?q=`). */
  query: string;
  specs: Record<string, unknown>;
  quantity: number;
}

export interface ParsedListing {
  items: ParsedItem[];
  /** The asking price found in the text ("$450", "450 obo", "450 firm"), or null. */
  askingPriceCents: number | null;
  /** "obo": the seller takes offers; "firm": they do not; null: not said. */
  priceTerms: 'obo' | 'firm' | null;
  condition: Condition;
  /** Words that are neither parts, prices nor filler: what the parser did not understand. */
  unmatched: string[];
}

interface Hit {
  start: number;
  end: number;
  item?: ParsedItem;
}

/** Card numbers that name a GeForce even without "RTX" or "GTX": "3070ti", "1080", "4090". */
const GPU_NUMBERS = /^(?:16[5-6]0|10[5-8]0|20[6-8]0|30[5-9]0|40[6-9]0|50[6-9]0)$/;
const CHIPSETS =
  /^(?:a3[02]0|a[56]20|b[2-8][5-6]0|b365|b8[45]0|h[1-8][1-7]0|x[3-8][7-9]0|x299|z[1-8][7-9]0|q[1-6]70)$/;

const item = (
  category: Category,
  name: string,
  source: string,
  query: string,
  specs: Record<string, unknown> = {},
  quantity = 1,
): ParsedItem => ({ category, name, source, query, specs, quantity });

const upper = (s: string) => s.toUpperCase();

/** Each matcher finds its parts in the lower-cased text; earlier matchers claim their words first. */
const MATCHERS: { re: RegExp; read: (m: RegExpExecArray) => ParsedItem | null }[] = [
  // Prices are claimed first so that "$450" is never a part number.
  { re: /\$\s?\d[\d,]*(?:\.\d\d)?|\b\d[\d,]*(?:\.\d\d)?\$(?!\d)/g, read: () => null },
  // Storage: "1tb nvme", "512gb ssd", "2tb hdd", "500gb m.2", "ssd 1tb".
  {
    re: /\b(\d+(?:\.\d+)?)\s?(tb|gb)\s?(?:samsung\s|wd\s|crucial\s)?(nvme|m\.?2|ssd|hdd|sata\s?ssd|hard\s?drive)\b|\b(nvme|ssd|hdd)\s(\d+(?:\.\d+)?)\s?(tb|gb)\b/g,
    read: (m) => {
      const size = Number(m[1] ?? m[5]);
      const unit = m[2] ?? m[6];
      const kindWord = (m[3] ?? m[4] ?? '').replace(/\s/g, '');
      const capacityGb = Math.round(unit === 'tb' ? size * 1000 : size);
      const hdd = kindWord === 'hdd' || kindWord.startsWith('hard');
      const nvme = kindWord === 'nvme' || kindWord.startsWith('m');
      const bus = hdd || kindWord.startsWith('sata') ? 'sata' : nvme ? 'nvme' : null;
      const sizeText = capacityGb >= 1000 ? `${capacityGb / 1000} TB` : `${capacityGb} GB`;
      const kindText = hdd ? 'HDD' : nvme ? 'NVMe SSD' : 'SSD';
      return item(
        'storage',
        `${sizeText} ${kindText}`,
        m[0],
        `${sizeText.replace(' ', '').toLowerCase()} ${hdd ? 'hdd' : nvme ? 'nvme' : 'ssd'}`,
        { kind: hdd ? 'hdd' : 'ssd', capacityGb, bus },
      );
    },
  },
  // Memory: "16gb ram", "32gb ddr4 3600", "2x8gb ddr4-3200", "16 gb (2x8) ddr5".
  {
    re: /\b(?:(\d)\s?x\s?(\d{1,2})\s?gb|(\d{1,3})\s?gb)\s?(?:\(\s?(\d)\s?x\s?(\d{1,2})\s?(?:gb)?\s?\)\s?)?(?:of\s)?(?:(ddr[345])(?:[\s-]?(\d{4}))?(?:\s?(?:mhz|mt\/s))?(?:\s(?:ram|memory))?|ram|memory)\b/g,
    read: (m) => {
      const modules = Number(m[1] ?? m[4] ?? 0) || null;
      const moduleGb = Number(m[2] ?? m[5] ?? 0) || null;
      const totalGb = m[3] ? Number(m[3]) : (modules ?? 1) * (moduleGb ?? 0);
      const type = m[6] ? upper(m[6]) : null;
      const speed = m[7] ? Number(m[7]) : null;
      const name = [`${totalGb} GB`, type && speed ? `${type}-${speed}` : type, type ? null : 'RAM']
        .filter(Boolean)
        .join(' ');
      const query = [`${totalGb}gb`, type?.toLowerCase(), speed].filter(Boolean).join(' ');
      return item('memory', name, m[0], query, {
        memoryType: type,
        totalGb,
        speedMts: speed,
        modules,
        moduleGb: moduleGb ?? (modules ? totalGb / modules : null),
      });
    },
  },
  // Intel CPUs: "i7-8700k", "i5 12400f", "core i9 13900k".
  {
    re: /\b(?:intel\s)?(?:core\s)?i([3579])[\s-]?(\d{4,5})([a-z]{0,2})\b/g,
    read: (m) => {
      const model = `i${m[1]}-${m[2]}${upper(m[3] ?? '')}`;
      return item('cpu', `Core ${model}`, m[0], `${model.toLowerCase()}`);
    },
  },
  // AMD CPUs: "ryzen 5 5600x", "r7 5800x3d", "ryzen 7 3700x", "5600x" alone.
  {
    re: /\b(?:(?:amd\s)?ryzen\s?([3579])\s?|r([3579])\s)?([1-9]\d{3})(x3d|x|xt|g|ge|f)?\b/g,
    read: (m) => {
      const tier = m[1] ?? m[2];
      const suffix = m[4] ?? '';
      // A bare number is a CPU only with an AMD suffix ("5600x"), never alone ("1080" is a card).
      if (!tier && !suffix) return null;
      if (!tier && GPU_NUMBERS.test(m[3] ?? '')) return null;
      const model = `${m[3]}${upper(suffix)}`;
      return item(
        'cpu',
        `Ryzen ${tier ?? guessTier(m[3] ?? '')} ${model}`,
        m[0],
        `ryzen ${model.toLowerCase()}`,
      );
    },
  },
  // NVIDIA and AMD graphics cards: "rtx 3070ti", "gtx 1080", "3060 ti", "rx 6700 xt", "rx580 8gb".
  {
    re: /\b(?:(?:nvidia\s|geforce\s)*(rtx|gtx|gt)\s?(\d{3,4})|(\d{4}))\s?(ti\s?super|ti|super)?\b|\b(?:amd\s|radeon\s)*(rx)\s?(\d{3,4})\s?(xtx|xt|gre)?\b/g,
    read: (m) => {
      if (m[5]) {
        const name = `RX ${m[6]}${m[7] ? ` ${upper(m[7])}` : ''}`;
        return item('gpu', name, m[0], name.toLowerCase(), { chipset: `Radeon ${name}` });
      }
      const number = m[2] ?? m[3] ?? '';
      if (!m[1] && !GPU_NUMBERS.test(number)) return null;
      const prefix = upper(m[1] ?? (/^(10|16|9)/.test(number) ? 'gtx' : 'rtx'));
      const suffix = m[4] ? ` ${m[4].replace(/\s/g, ' ').replace(/\b\w/g, (c) => c.toUpperCase())}` : '';
      const name = `${prefix} ${number}${suffix}`;
      return item('gpu', name, m[0], name.toLowerCase(), { chipset: `GeForce ${name}` });
    },
  },
  // Power supplies: "650w", "750w gold", "850 watt 80+ gold", "600w bronze psu".
  {
    re: /\b(\d{3,4})\s?(?:w|watts?)\b(?:\s?(?:80\s?\+|80\s?plus)?\s?(bronze|silver|gold|platinum|titanium))?(?:\s?(?:psu|power supply))?/g,
    read: (m) => {
      const wattageW = Number(m[1]);
      if (wattageW < 200 || wattageW > 2000) return null;
      const rating = m[2] ?? null;
      const name = `${wattageW} W${rating ? ` ${rating[0]?.toUpperCase()}${rating.slice(1)}` : ''} power supply`;
      return item('psu', name, m[0], `${wattageW}w${rating ? ` ${rating}` : ''}`, {
        wattageW,
        efficiency: rating,
      });
    },
  },
  // Cases that share a name with a chipset ("NZXT H510") come before the boards.
  {
    re: /\b(nzxt|fractal(?:\sdesign)?|lian\sli|phanteks|cooler\smaster|corsair|thermaltake|montech|be\squiet!?|meshify|pop\sair)\s([a-z0-9-]+(?:\s(?:flow|elite|air|mesh|rgb|compact|mini|c|2))?)\s?(?:case)?\b/g,
    read: (m) => {
      const rest = m[2] ?? '';
      // "Corsair 750w" is a power supply, "Corsair vengeance" memory: only case-like model words.
      if (/^\d{3,4}w$|^(vengeance|rm\d+|cx\d+|dominator|lpx|hx\d+)$/.test(rest)) return null;
      if (!/case/.test(m[0]) && !/^(nzxt|fractal|lian|phanteks|montech|meshify|pop)/.test(m[1] ?? '')) {
        if (!/^\d{3,4}[a-z]{0,2}$/.test(rest)) return null;
      }
      const name = `${titleCase(m[1] ?? '')} ${upper(rest)}`.trim();
      return item('case', name, m[0], `${m[1]} ${rest}`);
    },
  },
  // Motherboards by chipset: "b550m", "z390", "x570 tomahawk", "b450 mobo".
  {
    re: /\b([abhxzq]\d{3})(m|i|e)?(?:[\s-](?:aorus|tomahawk|pro|gaming|plus|elite|tuf|prime|steel\slegend|ds3h|a|m)){0,3}(?:\s?(?:mobo|motherboard|board))?\b/g,
    read: (m) => {
      const chipset = m[1] ?? '';
      if (!CHIPSETS.test(chipset)) return null;
      const name = `${upper(chipset)}${m[2] ? upper(m[2]) : ''} motherboard`;
      return item('motherboard', name, m[0], `${chipset}${m[2] ?? ''}`, { chipset: upper(chipset) });
    },
  },
  // Coolers: "240mm aio", "hyper 212", "noctua nh-d15", "wraith".
  {
    re: /\b(?:(\d{3})\s?mm\s)?aio\b|\bhyper\s?212(?:\sevo|\sblack)?\b|\bnoctua\s[a-z0-9-]+\b|\bcpu\scooler\b/g,
    read: (m) =>
      item(
        'cooler',
        m[0].includes('aio') ? `${m[1] ? `${m[1]} mm ` : ''}AIO liquid cooler` : titleCase(m[0]),
        m[0],
        m[0],
        {
          liquid: m[0].includes('aio'),
          radiatorMm: m[1] ? Number(m[1]) : null,
        },
      ),
  },
];

function guessTier(model: string): string {
  const n = Number(model.slice(1, 2));
  return n >= 8 ? '7' : n >= 6 ? '5' : n >= 4 ? '5' : '3';
}

function titleCase(s: string): string {
  return s.replace(/\b\w/g, (c) => c.toUpperCase());
}

/** Words that say nothing about what is sold or its price. */
const FILLER = new Set(
  `a an and the with w for in on of to is it its this that my i im i'm me you your or but all just only
  gaming pc computer desktop build built rig tower setup system custom full great good works working perfect
  perfectly condition excellent mint clean like new used barely lightly runs fine smooth plus cash pickup
  local only no trades trade shipping ship shipped will can price asking sale selling sell obo firm negotiable
  offer offers or best comes included include includes also has have had upgraded upgrade fast
  ram memory ssd hdd nvme gpu cpu psu case card graphics video processor motherboard mobo board cooler fan fans
  rgb windows win 10 11 wifi bluetooth keyboard mouse monitor – - + / & gb tb w`.split(/\s+/),
);

/**
 * Reads a marketplace listing into parts, a price and a condition, deterministically: the same text always
 * gives the same answer. The assistant may then refine this reading (`deals.read.ts` in the server); it
 * never overrides a high-confidence catalog match.
 */
export function parseListing(text: string): ParsedListing {
  // Commas separate parts, except inside amounts ("$1,200").
  const lower = ` ${text
    .toLowerCase()
    .replace(/,(?!\d{3}\b)|[;|•·]/g, ' ')
    .replace(/\s+/g, ' ')} `;
  const hits: Hit[] = [];
  const taken = (start: number, end: number) => hits.some((h) => start < h.end && end > h.start);
  for (const matcher of MATCHERS) {
    matcher.re.lastIndex = 0;
    for (let m = matcher.re.exec(lower); m !== null; m = matcher.re.exec(lower)) {
      const start = m.index;
      const end = start + m[0].length;
      if (m[0].trim() === '' || taken(start, end)) continue;
      const found = matcher.read(m);
      if (found || matcher === MATCHERS[0]) hits.push({ start, end, item: found ?? undefined });
    }
  }
  hits.sort((a, b) => a.start - b.start);
  // The price is read from the words that are not parts, so a model number is never taken for it.
  const rest = hits
    .filter((h) => h.item)
    .reduceRight((s, h) => `${s.slice(0, h.start)} ${' '.repeat(h.end - h.start)}${s.slice(h.end)}`, lower);
  const price = readPrice(rest);
  const unmatched = rest
    .replace(price.source ? price.source : '\u0000', ' ')
    .split(/[\s()[\]!?.:"]+/)
    .map((w) => w.replace(/^[-+/]+|[-+/]+$/g, ''))
    .filter((w) => w.length > 1 && !FILLER.has(w) && !/^\d+$/.test(w));
  return {
    items: hits.flatMap((h) => (h.item ? [h.item] : [])),
    askingPriceCents: price.cents,
    priceTerms: price.terms,
    condition: /\b(for parts|not working|broken|dead|as is|as-is)\b/.test(lower)
      ? 'for_parts'
      : /\b(brand new|sealed|bnib|new in box|unopened)\b/.test(lower)
        ? 'new'
        : 'used',
    unmatched: [...new Set(unmatched)],
  };
}

/** The asking price: "$450", "$1,200", "450$", "450 obo", "450 firm", "asking 450", "price: 450". */
function readPrice(lower: string): {
  cents: number | null;
  terms: 'obo' | 'firm' | null;
  source: string | null;
} {
  const terms = /\b(obo|or best offer|best offer|negotiable)\b/.test(lower)
    ? 'obo'
    : /\bfirm\b/.test(lower)
      ? 'firm'
      : null;
  const patterns = [
    /\$\s?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d\d))?/,
    /\b(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d\d))?\s?\$/,
    /\b(\d{2,5})(?:\.(\d\d))?\s?(?:obo|firm|or best offer|shipped|cash|dollars|usd|bucks)\b/,
    /\b(?:asking|price|selling for|for)\s?:?\s?(\d{2,5})(?:\.(\d\d))?\b(?!\s?(?:gb|tb|w|mhz|mm))/,
    // A number standing last: "... b660m board 160".
    /\b(\d{2,5})(?:\.(\d\d))?\s*$/,
  ];
  for (const re of patterns) {
    const m = re.exec(lower);
    if (m?.[1]) {
      const cents = Number(m[1].replace(/,/g, '')) * 100 + Number(m[2] ?? '0');
      return { cents, terms, source: m[0] };
    }
  }
  return { cents: null, terms, source: null };
}
