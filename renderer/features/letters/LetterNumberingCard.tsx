import { Alert, Badge, Button, Card, Group, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LetterNumberingSetup } from '../../../shared/domain/letters';
import { formatLetterNumber, LETTER_KINDS, type LetterNumbering } from '../../../shared/letters/numbering';
import { useUnsavedChanges } from '../../components/FormGuard';
import { call } from '../../api/client';
import { useApiQuery } from '../../api/queries';
import { Loaded } from '../../components/LoadError';
import { localToday } from '../../format/local-time';
import { splitApiError } from '../../hooks/api-errors';
import { notifySuccess } from '../../hooks/notify';

const FIELDS = ['numbering.pattern', ...LETTER_KINDS.map((kind) => `numbering.codes.${kind}`)];

/** Pengaturan → the office's letter number pattern and its code per kind of letter, with a live example. */
export function LetterNumberingCard() {
  const { t } = useTranslation();
  const query = useApiQuery('letters.numbering', {});
  return (
    <Card withBorder>
      <Group gap="xs" mb="xs">
        <Title order={4}>{t('letters.numbering.title')}</Title>
        {query.data?.custom ? (
          <Badge size="sm" variant="light">
            {t('letters.numbering.custom')}
          </Badge>
        ) : null}
      </Group>
      <Text size="sm" c="dimmed" mb="sm">
        {t('letters.numbering.intro')}
      </Text>
      {/* The pattern is read once into the form; the register's next number stays live for the example. */}
      <Loaded query={query}>{(setup) => <NumberingForm setup={setup} />}</Loaded>
    </Card>
  );
}

function NumberingForm({ setup }: { setup: LetterNumberingSetup }) {
  const { t } = useTranslation();
  const [numbering, setNumbering] = useState<LetterNumbering>(setup.numbering);
  /** What was read or saved last: leaving Pengaturan with anything else asks first. */
  const [saved, setSaved] = useState<LetterNumbering>(setup.numbering);
  useUnsavedChanges(JSON.stringify(numbering) !== JSON.stringify(saved));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  async function save(value: LetterNumbering | null): Promise<void> {
    setSaving(true);
    setErrors({});
    setError(null);
    const result = await call('letters.setNumbering', { numbering: value });
    setSaving(false);
    if (!result.ok) {
      const split = splitApiError(result.error, FIELDS);
      setErrors(split.fields);
      setError(split.general);
      return;
    }
    setNumbering(result.value.numbering);
    setSaved(result.value.numbering);
    notifySuccess(t('letters.numbering.saved'));
  }

  // The example uses the running number the register would give next, with what is typed now.
  const example = formatLetterNumber(numbering, 'undangan', setup.nextSequence, localToday());
  return (
    <Stack gap="sm">
      <TextInput
        label={t('letters.numbering.pattern')}
        value={numbering.pattern}
        onChange={(event) => setNumbering({ ...numbering, pattern: event.currentTarget.value })}
        error={errors['numbering.pattern']}
        description={t('letters.numbering.preview', { number: example })}
      />
      <SimpleGrid cols={2}>
        {LETTER_KINDS.map((kind) => (
          <TextInput
            key={kind}
            label={t('letters.numbering.code', { kind: t(`letters.kinds.${kind}`) })}
            value={numbering.codes[kind]}
            onChange={(event) =>
              setNumbering({ ...numbering, codes: { ...numbering.codes, [kind]: event.currentTarget.value } })
            }
            error={errors[`numbering.codes.${kind}`]}
          />
        ))}
      </SimpleGrid>
      {error ? <Alert color="red">{error}</Alert> : null}
      <Group justify="space-between">
        <Button variant="subtle" disabled={!setup.custom} onClick={() => void save(null)}>
          {t('letters.numbering.reset')}
        </Button>
        <Button loading={saving} onClick={() => void save(numbering)}>
          {t('letters.numbering.save')}
        </Button>
      </Group>
    </Stack>
  );
}
