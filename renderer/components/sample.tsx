import { Badge, Text } from '@mantine/core';
import { createContext, useContext } from 'react';
import { useTranslation } from 'react-i18next';
import { useIsSample } from '../features/demo/status';

/**
 * True inside a sample meeting or plan, where picking sample people and institutions is expected;
 * everywhere else, picking one earns a warning (the office's own records should not use them).
 */
export const SampleScope = createContext(false);

/** "Contoh" next to a sample record's name, in lists and in picker options. */
export function SampleMark({ id }: { id: string | null | undefined }) {
  const { t } = useTranslation();
  const isSample = useIsSample();
  if (!isSample(id)) return null;
  return (
    <Badge size="xs" variant="light" color="grape" ml={6} style={{ verticalAlign: 'middle' }} data-sample-mark>
      {t('demo.mark')}
    </Badge>
  );
}

/** Under a picker whose chosen record is sample data, outside a sample meeting or plan. */
export function SampleWarning({ id, name }: { id: string | null | undefined; name: string | undefined }) {
  const { t } = useTranslation();
  const isSample = useIsSample();
  const insideSample = useContext(SampleScope);
  if (insideSample || !isSample(id)) return null;
  return (
    <Text size="xs" c="orange" mt={4} role="status" data-testid="sample-warning">
      {t('demo.picked', { name: name ?? '' })}
    </Text>
  );
}
