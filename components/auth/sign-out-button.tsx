import { signOutAction } from '@/app/[locale]/account/actions';

/** Sign-out is a POST (a server action), so no link or image on another page can sign anyone out. */
export function SignOutButton({ locale, label, className }: { locale: string; label: string; className?: string }) {
  return (
    <form action={signOutAction}>
      <input type="hidden" name="locale" value={locale} />
      <button type="submit" className={className}>
        {label}
      </button>
    </form>
  );
}
