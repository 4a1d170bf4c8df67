import { Anchor } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * "+N serupa" under a group's best hit: a button (reached with Tab) that opens the group's
 * similar hits in place. They are drawn only while open: asked from the host in the search box,
 * and 25 groups of hidden hits each made the results page slow to draw.
 */
export function SimilarToggle({ count, members }: { count: number; members: () => ReactNode }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Anchor
        component="button"
        type="button"
        size="xs"
        ml="xs"
        aria-expanded={open}
        className="sirakor-search-similar"
        onClick={() => setOpen((o) => !o)}
      >
        {t('search.similar', { count })}
      </Anchor>
      {open ? members() : null}
    </>
  );
}
