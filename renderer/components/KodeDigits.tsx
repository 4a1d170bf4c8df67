import { Text } from '@mantine/core';
import { Fragment } from 'react';

/**
 * A kode verifikasi in large monospace digits, two rows of three groups of four: read like two
 * phone numbers, the same at every window width (Pengaturan → Identitas kantor, the trust step).
 */
export function KodeDigits({ kode, label, testId }: { kode: string; label: string; testId: string }) {
  return (
    <Text
      component="div"
      data-testid={testId}
      aria-label={label}
      ff="monospace"
      fz={26}
      fw={600}
      lh={1.35}
      style={{
        display: 'grid',
        gridTemplateColumns: 'repeat(3, auto)',
        justifyContent: 'start',
        columnGap: '0.6em',
        letterSpacing: '0.04em',
        userSelect: 'all',
      }}
    >
      {kode.split(' ').map((group, index) => (
        <Fragment key={index}>
          {index > 0 ? ' ' : null}
          <span>{group}</span>
        </Fragment>
      ))}
    </Text>
  );
}
