import { Alert, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportProblem } from '../../shared/domain/import-problem';
import { translateMessage } from '../i18n';

const SHOWN = 30;

/** The problems of an imported file, each in words with its row and cell; the first 30, then how many more. */
export function ImportProblemList({ problems, title }: { problems: readonly ImportProblem[]; title: string }) {
  const { t } = useTranslation();
  if (problems.length === 0) return null;
  return (
    <Alert color="red" title={title} data-testid="import-problems">
      <List size="sm" spacing={2}>
        {problems.slice(0, SHOWN).map((problem, index) => (
          <List.Item key={index}>{translateMessage({ key: problem.key, params: problem.params })}</List.Item>
        ))}
      </List>
      {problems.length > SHOWN ? (
        <Text size="xs" mt="xs">
          {t('forms.moreProblems', { count: problems.length - SHOWN })}
        </Text>
      ) : null}
    </Alert>
  );
}
