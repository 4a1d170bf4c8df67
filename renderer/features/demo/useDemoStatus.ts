import { useEffect, useState } from 'react';
import type { DemoStatus } from '../../../shared/domain/demo';
import { call, onChange } from '../../api/client';

/** Whether the sample data is loaded, kept current as it is loaded or removed. */
export function useDemoStatus(): DemoStatus | null {
  const [status, setStatus] = useState<DemoStatus | null>(null);
  useEffect(() => {
    let active = true;
    const load = () => void call('demo.status', {}).then((result) => active && result.ok && setStatus(result.value));
    load();
    const off = onChange((event) => {
      if (event.entities.includes('meetings')) load();
    });
    return () => {
      active = false;
      off();
    };
  }, []);
  return status;
}
