import { Alert, Button, Group, Modal, Radio, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComparedField, DuplicateCandidate } from '../../../shared/domain/directory-links';
import { call } from '../../api/client';
import { notifySuccess } from '../../hooks/notify';
import { translateMessage } from '../../i18n';

type Side = 'first' | 'second';

/**
 * Merging two of the office's own records: which one is kept, and per differing detail whose
 * value stays. The host moves every reference and deletes the other in one transaction; a refusal
 * is shown here, and nothing has changed.
 */
export function MergeModal({ candidate, onClose }: { candidate: DuplicateCandidate | null; onClose: () => void }) {
  const { t } = useTranslation();
  const [keep, setKeep] = useState<Side>('first');
  const [values, setValues] = useState<Record<string, Side>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  function close(): void {
    setKeep('first');
    setValues({});
    setError(null);
    onClose();
  }
  if (!candidate) return <Modal opened={false} onClose={close} />;
  const sides = { first: candidate.first, second: candidate.second };
  const other: Side = keep === 'first' ? 'second' : 'first';

  async function merge(): Promise<void> {
    if (!candidate) return;
    const take: Record<string, 'keep' | 'remove'> = {};
    for (const field of candidate.differences) take[field] = (values[field] ?? keep) === keep ? 'keep' : 'remove';
    setBusy(true);
    const result = await call('directory.merge', {
      kind: candidate.kind,
      keepId: sides[keep].id,
      removeId: sides[other].id,
      take,
    });
    setBusy(false);
    if (!result.ok) {
      setError(translateMessage(result.error.message));
      return;
    }
    notifySuccess(t('sharedDirectory.merged', { name: take.name === 'remove' ? sides[other].name : sides[keep].name }));
    close();
  }

  return (
    <Modal opened onClose={close} title={t('sharedDirectory.mergeTitle')} size="lg">
      <Stack gap="sm">
        <Radio.Group label={t('sharedDirectory.mergeKeep')} value={keep} onChange={(value) => setKeep(value as Side)}>
          <Stack gap={6} mt={6}>
            {(['first', 'second'] as const).map((side) => (
              <Radio key={side} value={side} label={sides[side].name} />
            ))}
          </Stack>
        </Radio.Group>
        {candidate.differences.length ? <Text size="sm">{t('sharedDirectory.mergeChoose')}</Text> : null}
        {candidate.differences.map((field) => (
          <Radio.Group
            key={field}
            label={t(`sharedDirectory.fields.${field as ComparedField}`)}
            value={values[field] ?? keep}
            onChange={(value) => setValues({ ...values, [field]: value as Side })}
          >
            <Stack gap={6} mt={6}>
              {(['first', 'second'] as const).map((side) => (
                <Radio key={side} value={side} label={sides[side].shown[field] ?? t('common.none')} />
              ))}
            </Stack>
          </Radio.Group>
        ))}
        <Text size="sm" c="dimmed">
          {t('sharedDirectory.mergeExplain')}
        </Text>
        {error ? <Alert color="red">{error}</Alert> : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('common.cancel')}
          </Button>
          <Button color="red" loading={busy} onClick={() => void merge()}>
            {t('sharedDirectory.mergeConfirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
