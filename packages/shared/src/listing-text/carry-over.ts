import type { Platform } from '../sales/fees';
import { fitTitle, titleRoom } from './limits';

/** A listing's text for another platform: the same words, the title fitted to that platform's limit. */
export function carryOver(
  previous: { title: string; description: string },
  platform: Platform,
): { title: string; description: string } {
  return { title: fitTitle(previous.title, titleRoom(platform)), description: previous.description };
}
