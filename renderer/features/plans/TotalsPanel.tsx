import { Card, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { INTERVENTION_KINDS, type PlanTotals } from '../../../shared/domain/plans';
import { formatRupiahWithSign } from '../../../shared/plans/numbers';
import classes from './TotalsPanel.module.css';

/** Institutions listed by name; the rest are summed on one line, so the column still adds up. */
const LISTED_INSTITUTIONS = 12;

/** A name and its amount on one line; a long name takes at most two, the whole of it in the tooltip. */
function Line({ name, amount }: { name: string; amount: number }) {
  return (
    <div className={classes.line}>
      <span className={classes.name} title={name}>
        {name}
      </span>
      <span className={classes.amount}>{formatRupiahWithSign(amount)}</span>
    </div>
  );
}

/**
 * Totals per funding source, per institution, per kind and overall, in whole Rupiah; live with
 * every edit. Compact under the grid: the institutions get the widest column, so their official
 * names (often 50–80 characters) fit on a line or two.
 */
export function TotalsPanel({ totals }: { totals: PlanTotals }) {
  const { t } = useTranslation();
  const listed = totals.byInstitution.slice(0, LISTED_INSTITUTIONS);
  const others = totals.byInstitution.slice(LISTED_INSTITUTIONS);
  return (
    <div className={classes.panel} data-testid="plan-totals">
      <Card withBorder padding="sm">
        <Text size="sm" c="dimmed">
          {t('plans.totals.overall')}
        </Text>
        <Text size="xl" fw={700} className={classes.overall} data-testid="plan-total">
          {formatRupiahWithSign(totals.overall)}
        </Text>
        <Text size="xs" c="dimmed" mb={6}>
          {t('plans.totals.rows', { count: totals.rows })}
        </Text>
        {INTERVENTION_KINDS.map((kind) => (
          <Line key={kind} name={t(`interventionKind.${kind}`)} amount={totals.byKind[kind]} />
        ))}
      </Card>
      <Card withBorder padding="sm">
        <Text size="sm" fw={600} mb={4}>
          {t('plans.totals.bySource')}
        </Text>
        <div data-testid="totals-by-source">
          {totals.bySource.map((source) => (
            <Line key={source.fundingSourceId} name={source.name} amount={source.amount} />
          ))}
        </div>
      </Card>
      <Card withBorder padding="sm" className={classes.institutions}>
        <Text size="sm" fw={600} mb={4}>
          {t('plans.totals.byInstitution')}
        </Text>
        <div className={classes.institutionList} data-testid="totals-by-institution">
          {listed.map((row) => (
            <Line
              key={row.institutionId ?? 'none'}
              name={row.name ?? t('plans.totals.noInstitution')}
              amount={row.amount}
            />
          ))}
          {others.length ? (
            <Line
              name={t('plans.totals.otherInstitutions', { count: others.length })}
              amount={others.reduce((sum, row) => sum + row.amount, 0)}
            />
          ) : null}
        </div>
      </Card>
    </div>
  );
}
