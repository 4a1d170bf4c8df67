import { Alert, Button, Card, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { IconCopy, IconKey } from '@tabler/icons-react';
import { notifications } from '@mantine/notifications';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExchangeIdentity } from '../../../shared/domain/office-identity';
import { call } from '../../api/client';
import { useApiQuery } from '../../api/queries';
import { KodeDigits } from '../../components/KodeDigits';
import { Loaded } from '../../components/LoadError';
import { formatLocalTimestamp } from '../../format/local-time';
import { notifyFailure, notifySuccess } from '../../hooks/notify';
import { copyText } from '../messages/copy-text';

/**
 * Pengaturan → the office as other offices see it when they exchange data (issue 11): name, level,
 * area, and the kode verifikasi to read out over the phone; or why exchange cannot be used yet,
 * and what to do about it.
 */
export function OfficeIdentityCard() {
  const { t } = useTranslation();
  const query = useApiQuery('exchange.identity', {});
  return (
    <Card withBorder data-testid="office-identity">
      <Title order={4} mb="xs">
        {t('officeIdentity.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('officeIdentity.intro')}
      </Text>
      <Loaded query={query}>{(identity) => <IdentityDetails identity={identity} />}</Loaded>
    </Card>
  );
}

function IdentityDetails({ identity }: { identity: ExchangeIdentity }) {
  const { t } = useTranslation();
  const { office, keys } = identity;
  return (
    <Stack gap="sm">
      {office ? (
        <Stack component="dl" gap={4} m={0}>
          <Fact label={t('officeIdentity.name')}>{office.name}</Fact>
          <Fact label={t('officeIdentity.level')}>{t(`level.${office.level}`)}</Fact>
          <Fact label={t('officeIdentity.area')}>
            {t('officeIdentity.areaValue', { name: office.areaName ?? '—', code: office.areaCode })}
          </Fact>
        </Stack>
      ) : (
        <Alert color="yellow">{t('officeIdentity.notSetUp')}</Alert>
      )}
      {identity.kodeChange ? <KodeChangeNotice identity={identity} /> : null}
      {keys.state === 'ready' ? (
        <Kode kode={keys.kode} protection={keys.protection} />
      ) : (
        <KeyProblem identity={identity} />
      )}
      {identity.officeId ? (
        <Text size="xs" c="dimmed">
          {t('officeIdentity.officeId')}: <code>{identity.officeId}</code>
        </Text>
      ) : null}
    </Stack>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Group gap="xs" wrap="nowrap" align="baseline">
      <Text component="dt" size="sm" c="dimmed" w={110} style={{ flexShrink: 0 }}>
        {label}
      </Text>
      <Text component="dd" size="sm" fw={500} m={0}>
        {children}
      </Text>
    </Group>
  );
}

function Kode({ kode, protection }: { kode: string; protection: string }) {
  const { t } = useTranslation();
  async function copy(): Promise<void> {
    if (await copyText(kode)) notifySuccess(t('officeIdentity.copied'));
    else notifications.show({ color: 'red', message: t('officeIdentity.copyFailed'), autoClose: 8000 });
  }
  return (
    <Stack gap={6}>
      <Text size="sm" fw={500}>
        {t('officeIdentity.kode')}
      </Text>
      <Group gap="md" align="center" wrap="wrap">
        <KodeDigits kode={kode} label={t('officeIdentity.kodeLabel', { kode })} testId="kode-verifikasi" />
        <Button variant="light" size="sm" leftSection={<IconCopy size={16} />} onClick={() => void copy()}>
          {t('officeIdentity.copy')}
        </Button>
      </Group>
      <Text size="sm">{t('officeIdentity.kodeWhy')}</Text>
      <Text size="xs" c="dimmed">
        {protection === 'safeStorage' ? t('officeIdentity.protectedBySystem') : t('officeIdentity.protectedPlain')}
      </Text>
    </Stack>
  );
}

function KeyProblem({ identity }: { identity: ExchangeIdentity }) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  if (identity.keys.state !== 'problem') return null;
  const { reason, fileKode } = identity.keys;

  async function replace(): Promise<void> {
    setBusy(true);
    const result = notifyFailure(await call('exchange.replaceKeys', {}));
    setBusy(false);
    setConfirming(false);
    if (result.ok) notifySuccess(t('officeIdentity.replaced'));
  }

  return (
    <Alert color="red" title={t('officeIdentity.problemTitle')} role="alert" data-testid="office-keys-problem">
      <Stack gap="xs">
        <Text size="sm">{t(`officeIdentity.problem.${reason}`)}</Text>
        {fileKode ? <Text size="sm">{t('officeIdentity.fileKode', { kode: fileKode })}</Text> : null}
        <Text size="sm">{t('officeIdentity.otherWork')}</Text>
        {reason !== 'OFFICE_ID_INVALID' ? (
          <Group>
            <Button color="red" variant="light" leftSection={<IconKey size={16} />} onClick={() => setConfirming(true)}>
              {t('officeIdentity.replace')}
            </Button>
          </Group>
        ) : null}
      </Stack>
      <Modal opened={confirming} onClose={() => setConfirming(false)} title={t('officeIdentity.replaceTitle')}>
        <Text mb="md">{t('officeIdentity.replaceText')}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => setConfirming(false)}>
            {t('common.cancel')}
          </Button>
          <Button color="red" loading={busy} onClick={() => void replace()}>
            {t('officeIdentity.replaceConfirm')}
          </Button>
        </Group>
      </Modal>
    </Alert>
  );
}

function KodeChangeNotice({ identity }: { identity: ExchangeIdentity }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const change = identity.kodeChange;
  if (!change) return null;

  async function acknowledge(): Promise<void> {
    setBusy(true);
    notifyFailure(await call('exchange.acknowledgeKodeChange', {}));
    setBusy(false);
  }

  return (
    <Alert color="yellow" title={t('officeIdentity.changeTitle')} data-testid="kode-change">
      <Stack gap="xs">
        <Text size="sm">{t(`officeIdentity.change.${change.reason}`, { date: formatLocalTimestamp(change.at) })}</Text>
        {change.previousKode ? (
          <Text size="sm">{t('officeIdentity.previousKode', { kode: change.previousKode })}</Text>
        ) : null}
        <Text size="sm">{t('officeIdentity.tellOthers')}</Text>
        <Group>
          <Button variant="light" color="yellow" loading={busy} onClick={() => void acknowledge()}>
            {t('officeIdentity.acknowledge')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
