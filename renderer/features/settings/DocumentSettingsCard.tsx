import {
  ActionIcon,
  Alert,
  Button,
  Card,
  Checkbox,
  FileButton,
  Group,
  Image,
  NumberInput,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { IconPhoto, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SIGNER_NAME_CASES, type DocumentSetup, type SignerNameCase } from '../../../shared/domain/document-settings';
import { useUnsavedChanges } from '../../components/FormGuard';
import { call } from '../../api/client';
import { useApiQuery } from '../../api/queries';
import { Loaded } from '../../components/LoadError';
import { RemoteSelect } from '../../components/RemoteSelect';
import { resolvePerson, searchPeople } from '../../components/pickers';
import { splitApiError } from '../../hooks/api-errors';
import { notifyFailure, notifySuccess } from '../../hooks/notify';
import { readAsBase64 } from '../commitments/files';

const MARGINS = ['top', 'right', 'bottom', 'left'] as const;

function withLogo(setup: DocumentSetup, logo: DocumentSetup['logo'], logoFile: string | null): DocumentSetup {
  return { ...setup, logo, settings: { ...setup.settings, letterhead: { ...setup.settings.letterhead, logoFile } } };
}
const MAX_LINES = 5;

const HEAD = 'settings.letterhead';

/** The host's paths of this form's fields, so each message lands on its field. */
function fieldPaths(lineCount: number): string[] {
  const lines = Array.from({ length: lineCount }, (_, i) => [`${HEAD}.lines.${i}.text`, `${HEAD}.lines.${i}.size`]);
  return [
    ...lines.flat(),
    ...['address', 'phone', 'email', 'website'].map((field) => `${HEAD}.${field}`),
    'settings.placeName',
    ...MARGINS.map((side) => `settings.margins.${side}`),
    'letters.signerPersonId',
    'letters.signerHeading',
    'letters.copies',
  ];
}

/** Pengaturan → Dokumen: the kop surat, logo, paper and margins, and who signs letters. */
export function DocumentSettingsCard() {
  const { t } = useTranslation();
  const query = useApiQuery('documents.setup', {});
  return (
    <Card withBorder data-testid="document-settings">
      <Title order={4} mb="sm">
        {t('documentSettings.title')}
      </Title>
      {/* Read once into the form: a later answer (after a save) does not replace what is being edited. */}
      <Loaded query={query}>{(initial) => <DocumentSettingsForm initial={initial} />}</Loaded>
    </Card>
  );
}

function DocumentSettingsForm({ initial }: { initial: DocumentSetup }) {
  const { t } = useTranslation();
  const [setup, setSetup] = useState<DocumentSetup>(initial);
  const [copies, setCopies] = useState(initial.letters.copies.join('\n'));
  /** What was read or saved last: leaving Pengaturan with anything else asks first. */
  const [saved, setSaved] = useState<DocumentSetup>(initial);
  useUnsavedChanges(
    JSON.stringify(setup.settings) !== JSON.stringify(saved.settings) ||
      JSON.stringify({ ...setup.letters, copies: null }) !== JSON.stringify({ ...saved.letters, copies: null }) ||
      copies !== saved.letters.copies.join('\n'),
  );
  const [error, setError] = useState<string | null>(null);
  /** Field messages by the host's path (`settings.letterhead.lines.2.text`), shown on the field itself. */
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);

  const { settings, letters } = setup;
  const update = (patch: Partial<DocumentSetup['settings']>) =>
    setSetup({ ...setup, settings: { ...settings, ...patch } });
  const updateHead = (patch: Partial<DocumentSetup['settings']['letterhead']>) =>
    update({ letterhead: { ...settings.letterhead, ...patch } });
  const lines = settings.letterhead.lines;

  async function save(): Promise<void> {
    setSaving(true);
    setError(null);
    setFieldErrors({});
    const result = await call('documents.updateSetup', {
      settings: setup.settings,
      letters: {
        ...setup.letters,
        copies: copies
          .split('\n')
          .map((line) => line.trim())
          .filter(Boolean),
      },
    });
    setSaving(false);
    if (result.ok) {
      setSetup(result.value);
      setSaved(result.value);
      setCopies(result.value.letters.copies.join('\n'));
      notifySuccess(t('documentSettings.saved'));
      return;
    }
    const split = splitApiError(result.error, fieldPaths(setup.settings.letterhead.lines.length));
    setFieldErrors(split.fields);
    setError(split.general ?? t('documentSettings.checkFields'));
  }

  async function chooseLogo(file: File | null): Promise<void> {
    if (!file) return;
    const result = notifyFailure(
      await call('documents.setLogo', { name: file.name, dataBase64: await readAsBase64(file) }),
    );
    // Keeps what is being edited; only the logo comes from the host.
    if (result.ok) {
      // The logo is stored at once: it is not an unsaved change of the form.
      const logo = (current: DocumentSetup) =>
        withLogo(current, result.value.logo, result.value.settings.letterhead.logoFile);
      setSetup(logo);
      setSaved(logo);
    }
  }

  async function removeLogo(): Promise<void> {
    const result = notifyFailure(await call('documents.removeLogo', {}));
    if (result.ok) {
      setSetup((current) => withLogo(current, null, null));
      setSaved((current) => withLogo(current, null, null));
    }
  }

  return (
    <Stack gap="sm">
      <Text size="sm" fw={500}>
        {t('documentSettings.letterhead')}
      </Text>
      {lines.map((line, index) => (
        <Group key={index} gap="xs" align="flex-start" wrap="nowrap">
          <TextInput
            style={{ flex: 1 }}
            aria-label={t('documentSettings.line', { number: index + 1 })}
            error={fieldErrors[`${HEAD}.lines.${index}.text`]}
            value={line.text}
            onChange={(event) =>
              updateHead({
                lines: lines.map((l, i) => (i === index ? { ...l, text: event.currentTarget.value } : l)),
              })
            }
          />
          <NumberInput
            w={80}
            aria-label={t('documentSettings.size', { number: index + 1 })}
            min={8}
            max={24}
            clampBehavior="none"
            suffix=" pt"
            error={fieldErrors[`${HEAD}.lines.${index}.size`]}
            value={line.size}
            onChange={(value) =>
              updateHead({ lines: lines.map((l, i) => (i === index ? { ...l, size: Number(value) } : l)) })
            }
          />
          <Checkbox
            mt={8}
            label={t('documentSettings.bold')}
            checked={line.bold}
            onChange={(event) =>
              updateHead({
                lines: lines.map((l, i) => (i === index ? { ...l, bold: event.currentTarget.checked } : l)),
              })
            }
          />
          <ActionIcon
            variant="subtle"
            color="red"
            mt={6}
            disabled={lines.length === 1}
            aria-label={t('documentSettings.removeLine', { number: index + 1 })}
            onClick={() => updateHead({ lines: lines.filter((_, i) => i !== index) })}
          >
            <IconTrash size={16} />
          </ActionIcon>
        </Group>
      ))}
      {lines.length < MAX_LINES ? (
        <Button
          variant="subtle"
          size="compact-sm"
          w="fit-content"
          leftSection={<IconPlus size={14} />}
          onClick={() => updateHead({ lines: [...lines, { text: '', size: 12, bold: false }] })}
        >
          {t('documentSettings.addLine')}
        </Button>
      ) : null}
      <TextInput
        label={t('documentSettings.address')}
        error={fieldErrors[`${HEAD}.address`]}
        value={settings.letterhead.address ?? ''}
        onChange={(event) => updateHead({ address: event.currentTarget.value })}
      />
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput
          label={t('documentSettings.phone')}
          error={fieldErrors[`${HEAD}.phone`]}
          value={settings.letterhead.phone ?? ''}
          onChange={(event) => updateHead({ phone: event.currentTarget.value })}
        />
        <TextInput
          label={t('documentSettings.email')}
          error={fieldErrors[`${HEAD}.email`]}
          value={settings.letterhead.email ?? ''}
          onChange={(event) => updateHead({ email: event.currentTarget.value })}
        />
        <TextInput
          label={t('documentSettings.website')}
          error={fieldErrors[`${HEAD}.website`]}
          value={settings.letterhead.website ?? ''}
          onChange={(event) => updateHead({ website: event.currentTarget.value })}
        />
      </SimpleGrid>
      <Group align="center">
        {setup.logo ? (
          <Image
            src={`data:${setup.logo.mediaType};base64,${setup.logo.dataBase64}`}
            alt={t('documentSettings.logo')}
            h={64}
            w="auto"
            fit="contain"
          />
        ) : null}
        <FileButton accept="image/png,image/jpeg" onChange={(file) => void chooseLogo(file)}>
          {(props) => (
            <Button {...props} variant="light" leftSection={<IconPhoto size={16} />}>
              {setup.logo ? t('documentSettings.changeLogo') : t('documentSettings.chooseLogo')}
            </Button>
          )}
        </FileButton>
        {setup.logo ? (
          <Button variant="subtle" color="red" onClick={() => void removeLogo()}>
            {t('documentSettings.removeLogo')}
          </Button>
        ) : null}
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <div>
          <Text size="sm" fw={500} mb={4}>
            {t('documents.paper')}
          </Text>
          <SegmentedControl
            value={settings.paper}
            onChange={(value) => update({ paper: value as 'A4' | 'F4' })}
            data={[
              { value: 'F4', label: t('documentSettings.f4') },
              { value: 'A4', label: 'A4' },
            ]}
          />
        </div>
        <TextInput
          label={t('documentSettings.placeName')}
          description={t('documentSettings.placeNameHint')}
          error={fieldErrors['settings.placeName']}
          value={settings.placeName}
          onChange={(event) => update({ placeName: event.currentTarget.value })}
        />
      </SimpleGrid>
      <SimpleGrid cols={4}>
        {MARGINS.map((side) => (
          <NumberInput
            key={side}
            label={t(`documentSettings.margins.${side}`)}
            suffix=" mm"
            min={5}
            max={60}
            clampBehavior="none"
            error={fieldErrors[`settings.margins.${side}`]}
            value={settings.margins[side]}
            onChange={(value) => update({ margins: { ...settings.margins, [side]: Number(value) } })}
          />
        ))}
      </SimpleGrid>
      <Text size="sm" fw={500} mt="xs">
        {t('documentSettings.letters')}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <RemoteSelect
          label={t('documentSettings.signer')}
          search={searchPeople}
          resolve={resolvePerson}
          value={letters.signerPersonId}
          onChange={(id) => setSetup({ ...setup, letters: { ...letters, signerPersonId: id } })}
        />
        <TextInput
          label={t('documentSettings.signerHeading')}
          placeholder={t('documentSettings.signerHeadingPlaceholder')}
          error={fieldErrors['letters.signerHeading']}
          value={letters.signerHeading ?? ''}
          onChange={(event) =>
            setSetup({ ...setup, letters: { ...letters, signerHeading: event.currentTarget.value } })
          }
        />
      </SimpleGrid>
      <div>
        <Text size="sm" fw={500} mb={4}>
          {t('documentSettings.signerNameCase')}
        </Text>
        <SegmentedControl
          value={settings.signerNameCase ?? 'as_written'}
          onChange={(value) => update({ signerNameCase: value as SignerNameCase })}
          data={SIGNER_NAME_CASES.map((value) => ({ value, label: t(`documentSettings.nameCase.${value}`) }))}
        />
      </div>
      <Textarea
        label={t('documentSettings.copies')}
        description={t('documentSettings.copiesHint')}
        error={fieldErrors['letters.copies']}
        autosize
        minRows={2}
        value={copies}
        onChange={(event) => setCopies(event.currentTarget.value)}
      />
      {error ? <Alert color="red">{error}</Alert> : null}
      <Button loading={saving} onClick={() => void save()} w="fit-content">
        {t('common.save')}
      </Button>
    </Stack>
  );
}
