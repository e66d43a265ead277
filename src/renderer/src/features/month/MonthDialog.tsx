/**
 * The month view: the month per client and per platform, income by week and the twelve-month
 * trend of the stable share, and each client's timesheet. Its figures are computed only while
 * it is open (core month-figures.ts and timesheet.ts); this module reads the data and renders.
 */
import { useMemo, useState } from 'react';
import { monthFigures, shiftMonth, TREND_MONTHS } from '../../../../core/month-figures';
import { monthSpan } from '../../../../core/month-tally';
import { dayOf, DAY } from '../../../../core/time';
import { timesheet } from '../../../../core/timesheet';
import { Dialog } from '../../components/Dialog';
import { useSessions } from '../../hooks/useData';
import { useWorkRecords } from '../../hooks/useWorkRecords';
import type { PlannerData } from '../../planner-data';
import { MonthTable } from './MonthTable';
import { TrendChart, WeekChart } from './MonthCharts';
import { formatMonth } from './month-format';
import { TimesheetView } from './TimesheetView';
import './month.css';

type Props = Omit<PlannerData, 'weekStart'> & { onClose: () => void };

/** The month dialog, opened at the current month. */
export function MonthDialog(props: Props) {
  const { settings, now } = props;
  const today = dayOf(now, settings.homeZone);
  const [month, setMonth] = useState(today.slice(0, 7));
  const [sheetFor, setSheetFor] = useState<string | null>(null);
  // The trend's twelve months of sessions, with a day of slack for zones either side.
  const from = monthSpan(shiftMonth(month, 1 - TREND_MONTHS), settings.homeZone).start - DAY;
  const to = monthSpan(month, settings.homeZone).end + DAY;
  const sessions = useSessions(from, to);
  const workRecords = useWorkRecords();
  const rates = settings.exchangeRates;
  const figures = useMemo(
    () =>
      sessions && workRecords
        ? monthFigures({
            month,
            settings,
            clients: props.clients,
            commitments: props.commitments,
            platforms: props.platforms,
            sessions: sessions.list,
            workRecords,
            rates,
            today,
          })
        : null,
    [
      month,
      settings,
      props.clients,
      props.commitments,
      props.platforms,
      sessions,
      workRecords,
      rates,
      today,
    ],
  );
  const sheetClient = props.clients.find((c) => c.id === sheetFor);
  const sheet =
    sheetClient && workRecords
      ? timesheet({
          client: sheetClient,
          month,
          homeZone: settings.homeZone,
          commitments: props.commitments,
          workRecords,
        })
      : null;
  return (
    <Dialog title="Month" onClose={props.onClose} wide testId="month-dialog">
      <div className="month-view">
        <nav className="month-nav" aria-label="Month navigation">
          <button
            type="button"
            className="icon-button"
            aria-label="Previous month"
            onClick={() => setMonth((m) => shiftMonth(m, -1))}
          >
            ‹
          </button>
          <h3 aria-live="polite">{formatMonth(month)}</h3>
          <button
            type="button"
            className="icon-button"
            aria-label="Next month"
            onClick={() => setMonth((m) => shiftMonth(m, 1))}
          >
            ›
          </button>
        </nav>
        {sheet ? (
          <TimesheetView sheet={sheet} onBack={() => setSheetFor(null)} />
        ) : figures ? (
          <>
            <MonthTable figures={figures} onTimesheet={setSheetFor} />
            <div className="month-charts">
              <WeekChart weeks={figures.weeks} />
              <TrendChart trend={figures.trend} />
            </div>
          </>
        ) : (
          <p role="status">Adding up the month…</p>
        )}
      </div>
    </Dialog>
  );
}
