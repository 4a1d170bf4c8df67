import { Alert, Button, FileButton, Group, Progress, Stack, Text } from '@mantine/core';
import { IconFileImport } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExchangeHistoryEntry, PackageInspection } from '../../../shared/domain/exchange';
import type { Result } from '../../../shared/api/result';
import { call } from '../../api/client';
import { formatLocalTimestamp } from '../../format/local-time';
import { translateMessage } from '../../i18n';
import { percentOf } from '../backups/format';
import { uploadFile } from '../backups/transfer';
import { isCancelled, runJob } from '../jobs/run-job';
import { useStillShown } from '../jobs/use-still-shown';
import { FolderCard } from './FolderCard';
import { ImportReport } from './ImportReport';
import { PackageCard } from './PackageCard';
import { TrustStep } from './TrustStep';

type Stage =
  | { step: 'pick' }
  | { step: 'uploading'; percent: number }
  | { step: 'checking' }
  | { step: 'inspected'; inspection: PackageInspection }
  | { step: 'importing'; inspection: PackageInspection }
  | { step: 'done'; entry: ExchangeHistoryEntry };

/**
 * Terima data: a picked package is sent to the host and checked whole; a new sender (or a trusted
 * one with new keys) is trusted only after the user compared its kode verifikasi by phone; then the
 * import runs as a job, and its report says what arrived, with links.
 */
export function ReceivePanel() {
  const { t } = useTranslation();
  const [stage, setStage] = useState<Stage>({ step: 'pick' });
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const stillShown = useStillShown();

  function failed(result: Result<unknown>): boolean {
    if (result.ok) return false;
    setError(translateMessage(result.error.message));
    return true;
  }

  async function pick(file: File | null): Promise<void> {
    if (!file) return;
    setError(null);
    setNotice(null);
    setStage({ step: 'uploading', percent: 0 });
    const sent = await uploadFile(file, (done, total) =>
      setStage({ step: 'uploading', percent: percentOf(done, total) }),
    );
    if (failed(sent) || !sent.ok) return setStage({ step: 'pick' });
    setStage({ step: 'checking' });
    const inspected = await call('exchange.inspect', { uploadId: sent.value, name: file.name });
    if (failed(inspected) || !inspected.ok) return setStage({ step: 'pick' });
    setStage({ step: 'inspected', inspection: inspected.value });
  }

  async function openFromFolder(name: string): Promise<void> {
    setError(null);
    setNotice(null);
    setStage({ step: 'checking' });
    const inspected = await call('exchange.inspect', { folderFile: name });
    if (failed(inspected) || !inspected.ok) return setStage({ step: 'pick' });
    setStage({ step: 'inspected', inspection: inspected.value });
  }

  async function discard(inspection: PackageInspection): Promise<void> {
    await call('exchange.discard', { ref: inspection.ref });
    setStage({ step: 'pick' });
  }

  async function trust(inspection: PackageInspection): Promise<void> {
    setError(null);
    const trusted = await call('exchange.trust', { ref: inspection.ref, kode: inspection.sender.kode });
    if (failed(trusted) || !trusted.ok) return;
    setStage({ step: 'inspected', inspection: trusted.value });
  }

  async function decline(inspection: PackageInspection): Promise<void> {
    setError(null);
    const declined = await call('exchange.decline', { ref: inspection.ref });
    if (failed(declined)) return;
    setStage({ step: 'pick' });
    setNotice(t('exchangeData.receive.declined'));
  }

  async function receive(inspection: PackageInspection): Promise<void> {
    setError(null);
    setStage({ step: 'importing', inspection });
    const ended = await runJob({ kind: 'exchangeImport', input: { ref: inspection.ref } });
    // The user went elsewhere: the job's notice says how it ended and leads to the report.
    if (!stillShown.current) return;
    if (!ended.ok) {
      if (!isCancelled(ended)) failed(ended);
      return setStage({ step: 'inspected', inspection });
    }
    const result = ended.value.result;
    if (result?.kind !== 'exchange') return setStage({ step: 'pick' });
    // The report shows here: the corner notice would only repeat it.
    void call('jobs.dismiss', { id: ended.value.id });
    const entry = await call('exchange.historyEntry', { id: result.historyId });
    if (failed(entry) || !entry.ok) return setStage({ step: 'pick' });
    setStage({ step: 'done', entry: entry.value });
  }

  const busy = stage.step === 'uploading' || stage.step === 'checking' || stage.step === 'importing';
  return (
    <Stack gap="md" maw={760}>
      {stage.step === 'pick' || stage.step === 'done' || busy ? (
        <Group>
          <FileButton accept=".sirakor" onChange={(file) => void pick(file)} disabled={busy}>
            {(props) => (
              <Button
                leftSection={<IconFileImport size={18} />}
                {...props}
                disabled={busy}
                variant={stage.step === 'done' ? 'light' : 'filled'}
              >
                {stage.step === 'done' ? t('exchangeData.receive.another') : t('exchangeData.receive.pick')}
              </Button>
            )}
          </FileButton>
          <Text size="sm" c="dimmed">
            {t('exchangeData.receive.hint')}
          </Text>
        </Group>
      ) : null}
      {notice ? <Alert color="gray">{notice}</Alert> : null}
      {error ? (
        <Alert color="red" data-testid="exchange-error" role="alert">
          {error}
        </Alert>
      ) : null}
      {stage.step === 'uploading' ? (
        <Stack gap={4}>
          <Progress
            value={stage.percent}
            aria-label={t('exchangeData.receive.uploading', { percent: stage.percent })}
          />
          <Text size="sm">{t('exchangeData.receive.uploading', { percent: stage.percent })}</Text>
        </Stack>
      ) : null}
      {stage.step === 'checking' ? <Text size="sm">{t('exchangeData.receive.checking')}</Text> : null}
      {stage.step === 'inspected' || stage.step === 'importing' ? (
        <PackageCard inspection={stage.inspection}>
          {stage.inspection.status === 'needs-trust' || stage.inspection.status === 'key-changed' ? (
            <TrustStep
              inspection={stage.inspection}
              onTrust={() => void trust(stage.inspection)}
              onDecline={() => void decline(stage.inspection)}
            />
          ) : stage.inspection.status === 'already-imported' ? (
            <Alert color="gray" data-testid="exchange-already">
              <Stack gap="xs">
                <Text size="sm">
                  {t('exchangeData.receive.alreadyImported', {
                    at: formatLocalTimestamp(stage.inspection.importedAt ?? stage.inspection.createdAt),
                  })}
                </Text>
                <Button
                  size="compact-sm"
                  variant="default"
                  style={{ alignSelf: 'flex-start' }}
                  onClick={() => void discard(stage.inspection)}
                >
                  {t('exchangeData.receive.close')}
                </Button>
              </Stack>
            </Alert>
          ) : (
            <Stack gap="xs">
              <Text size="sm">{t('exchangeData.receive.ready')}</Text>
              <Group>
                <Button
                  onClick={() => void receive(stage.inspection)}
                  loading={stage.step === 'importing'}
                  data-testid="exchange-import"
                >
                  {t('exchangeData.receive.import')}
                </Button>
                <Button
                  variant="default"
                  onClick={() => void decline(stage.inspection)}
                  disabled={stage.step === 'importing'}
                >
                  {t('exchangeData.receive.decline')}
                </Button>
              </Group>
            </Stack>
          )}
        </PackageCard>
      ) : null}
      {stage.step === 'done' ? <ImportReport entry={stage.entry} /> : null}
      {stage.step === 'pick' || stage.step === 'done' ? (
        <FolderCard onOpen={(name) => void openFromFolder(name)} busy={busy} />
      ) : null}
    </Stack>
  );
}
