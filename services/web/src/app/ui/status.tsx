/**
 * Status messages a screen reader announces without moving focus (WCAG 4.1.3): "Saved", "3 more
 * cases shown", "Marked as read". The live region must already be on the page when its text changes,
 * so keep `<Status>` mounted and change its `message` (an empty message shows nothing):
 *
 * ```tsx
 * const [saved, setSaved] = useState('');
 * const save = useMutation({ ..., onSuccess: () => setSaved(t('form.saved')) });
 * return <><button ...>{t('form.save')}</button><Status message={saved} /></>;
 * ```
 *
 * Errors are not statuses: show them with `<ErrorMessage error={...} />` (role="alert").
 */
export function Status({ message, tone = 'info' }: { message: string; tone?: 'info' | 'success' }) {
  return (
    <p role="status" className={message ? `status status-${tone}` : 'status status-empty'}>
      {message}
    </p>
  );
}
