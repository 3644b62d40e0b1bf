import type { Locator } from '@playwright/test';

/**
 * The headers of a table that are cut off: past the right edge of the window or of any scrolling or
 * clipping box around the table (where a person would have to scroll sideways to find them).
 */
export function hiddenColumns(table: Locator): Promise<string[]> {
  return table.evaluate((element) => {
    let right = window.innerWidth;
    for (let box = element.parentElement; box; box = box.parentElement) {
      if (getComputedStyle(box).overflowX !== 'visible')
        right = Math.min(right, box.getBoundingClientRect().right);
    }
    return [...element.querySelectorAll('thead th')]
      .filter((th) => th.getBoundingClientRect().right > right + 1)
      .map((th) => th.textContent?.trim() || '(actions)');
  });
}

/** Whether what is drawn at the middle of the element is the element itself, not something on top of it. */
export function isUncovered(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const x = box.left + box.width / 2;
    const y = box.top + Math.min(box.height / 2, 10);
    if (y < 0 || y > window.innerHeight) return false;
    const top = document.elementFromPoint(x, y);
    return top !== null && (element === top || element.contains(top));
  });
}

/**
 * The WCAG contrast ratio of an element's text against what is behind it, with translucent backgrounds
 * painted over their ancestors' as the browser does (colours read back from a canvas, in sRGB).
 */
export function textContrast(locator: Locator): Promise<number> {
  return locator.evaluate((element) => {
    const canvas = document.createElement('canvas');
    canvas.width = 1;
    canvas.height = 1;
    const context = canvas.getContext('2d', { willReadFrequently: true });
    if (!context) throw new Error('no canvas');
    const pixel = () => [...context.getImageData(0, 0, 1, 1).data];
    const alphaOf = (color: string) => {
      context.clearRect(0, 0, 1, 1);
      context.fillStyle = color;
      context.fillRect(0, 0, 1, 1);
      return pixel()[3];
    };
    const layers: string[] = [];
    for (let node: Element | null = element; node; node = node.parentElement) {
      const background = getComputedStyle(node).backgroundColor;
      layers.unshift(background);
      if (alphaOf(background) === 255) break;
    }
    context.clearRect(0, 0, 1, 1);
    for (const layer of ['#fff', ...layers]) {
      context.fillStyle = layer;
      context.fillRect(0, 0, 1, 1);
    }
    const background = pixel();
    context.fillStyle = getComputedStyle(element).color;
    context.fillRect(0, 0, 1, 1);
    const text = pixel();
    const luminance = ([r = 0, g = 0, b = 0]: number[]) => {
      const channel = (value: number) => {
        const c = value / 255;
        return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
    };
    const [light, dark] = [luminance(text), luminance(background)].sort((a, b) => b - a);
    return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
  });
}
