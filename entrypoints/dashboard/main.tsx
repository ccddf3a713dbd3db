import { createRoot } from 'react-dom/client';
import { App } from '@/components/dashboard/App';

createRoot(document.getElementById('root')!).render(<App />);
