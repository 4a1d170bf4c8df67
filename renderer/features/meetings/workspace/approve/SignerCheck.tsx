import { Alert, Anchor, List, Loader, Modal, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../../../shared/domain/directory';
import type { SignerWarning } from '../../../../../shared/documents/signature';
import { call } from '../../../../api/client';
import { useApiQuery } from '../../../../api/queries';
import { QueryStatus } from '../../../../components/LoadError';
import { notifyFailure } from '../../../../hooks/notify';
import { PersonForm } from '../../../directory/PersonForm';

/** Which message says what a signer lacks. */
function gapKey(warning: SignerWarning): 'rank' | 'nip' | 'rank_nip' | 'directory' {
  if (warning.missing.includes('directory')) return 'directory';
  if (warning.missing.includes('rank')) return warning.missing.includes('nip') ? 'rank_nip' : 'rank';
  return 'nip';
}

/**
 * Before approval: signers of the minutes whose pangkat or NIP the directory lacks. Approved
 * minutes keep what they were approved with, so this is the moment to complete them; each
 * signer from the directory opens their entry here.
 */
export function SignerCheck({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation();
  // The host's check of the minutes' signers, again whenever the directory or the meeting changes.
  const check = useApiQuery('meetings.approvalCheck', { id: meetingId });
  const warnings = check.data?.signers ?? null;
  const [editing, setEditing] = useState<Person | null>(null);

  async function edit(personId: string): Promise<void> {
    const result = notifyFailure(await call('people.get', { id: personId }));
    if (result.ok) setEditing(result.value);
  }

  if (warnings === null)
    return <QueryStatus query={check} loader={<Loader size="xs" aria-label={t('approval.signersChecking')} />} />;
  if (warnings.length === 0) return null;
  return (
    <Alert color="yellow" icon={<IconAlertTriangle />} title={t('approval.signersTitle')} data-testid="signer-check">
      <Text size="sm" mb={4}>
        {t('approval.signersHint')}
      </Text>
      <List size="sm" spacing={4}>
        {warnings.map((warning) => (
          <List.Item key={warning.role}>
            {t(`approval.signerGap.${gapKey(warning)}`, {
              role: t(`approval.signerRole.${warning.role}`),
              name: warning.name,
            })}{' '}
            {warning.personId ? (
              <Anchor component="button" type="button" size="sm" onClick={() => void edit(warning.personId as string)}>
                {t('approval.completeInDirectory')}
              </Anchor>
            ) : null}
          </List.Item>
        ))}
      </List>
      <Modal opened={editing !== null} onClose={() => setEditing(null)} title={t('approval.signerEditTitle')} size="lg">
        {editing ? (
          <PersonForm person={editing} onCancel={() => setEditing(null)} onSaved={() => setEditing(null)} />
        ) : null}
      </Modal>
    </Alert>
  );
}
