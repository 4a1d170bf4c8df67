import { Button, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { ROUTES } from './routes';

export default function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Stack align="flex-start">
      <Title order={1} fz={24}>
        {t('notFound.title')}
      </Title>
      <Button component={Link} href={ROUTES.home} variant="light">
        {t('notFound.back')}
      </Button>
    </Stack>
  );
}
