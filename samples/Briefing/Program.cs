using System;
using System.Text;
using Briefing;

// The briefing quotes its sources with curly quotes and dashes; a Windows console would show them as '?' in its legacy code page.
Console.OutputEncoding = Encoding.UTF8;
return BriefingApp.Run(args, Console.Out, Console.Error);
