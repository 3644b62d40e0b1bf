import { useParams } from 'react-router';

/** The part id in the URL, or null when it is not a number (the page then says "not found"). */
export function usePartId(): number | null {
  const { id } = useParams();
  const n = Number(id);
  return Number.isSafeInteger(n) && n > 0 ? n : null;
}
