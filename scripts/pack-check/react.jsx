// React 18, as the README's "With a bundler" shows it: config set from a ref, listen on mount, then ready.
import 'cookie-charter/define';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { CONFIG, seen } from './config.js';

function Consent({ config }) {
  const ref = useRef(null);
  const [state, setState] = useState(null);
  useLayoutEffect(() => void (ref.current.config = config), [config]);
  useEffect(() => {
    const el = ref.current;
    const listen = (event) => {
      seen.events.push(event.detail);
      setState(event.detail);
    };
    el.addEventListener('cookie-charter-change', listen);
    el.ready.then((start) => {
      seen.ready = start;
      setState((current) => current ?? start);
    });
    return () => el.removeEventListener('cookie-charter-change', listen);
  }, []);
  return (
    <>
      <cookie-charter ref={ref} policy-url="/charte/" />
      <output id="state">{JSON.stringify(state?.choices ?? null)}</output>
    </>
  );
}

createRoot(document.getElementById('root')).render(<Consent config={CONFIG} />);
