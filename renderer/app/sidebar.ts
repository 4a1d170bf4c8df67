import { useState } from 'react';

const KEY = 'sirakor.sidebar';

/**
 * Whether the navigation shows only its icons, remembered on this computer. Until the user
 * chooses, a window narrower than 1280 px starts collapsed, so small laptops give the page the room.
 */
export function useSidebarCollapsed(): [boolean, () => void] {
  const [collapsed, setCollapsed] = useState(() => {
    const stored = localStorage.getItem(KEY);
    return stored ? stored === 'collapsed' : window.innerWidth < 1280;
  });
  const toggle = () =>
    setCollapsed((current) => {
      localStorage.setItem(KEY, current ? 'expanded' : 'collapsed');
      return !current;
    });
  return [collapsed, toggle];
}
