import { useEffect, useState } from 'preact/hooks';

/** Phone width, where a picture laid out sideways gets too small to read. Matches the CSS breakpoint. */
const NARROW = '(max-width: 40rem)';

export function useNarrow(): boolean {
  const [narrow, setNarrow] = useState(() => matchMedia(NARROW).matches);
  useEffect(() => {
    const query = matchMedia(NARROW);
    const onChange = () => setNarrow(query.matches);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, []);
  return narrow;
}
