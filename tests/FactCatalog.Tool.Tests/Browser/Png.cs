using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Text;

namespace FactCatalog.Tool.Tests.Browser;

/// <summary>
/// A decoder for the PNGs a browser writes: 8-bit greyscale, RGB or RGBA, not interlaced (PNG specification, third
/// edition: chunks, zlib-compressed scanlines, the five row filters). Enough to ask whether a screenshot shows anything.
/// </summary>
public sealed class Png
{
    private Png(int width, int height, uint[] pixels)
    {
        Width = width;
        Height = height;
        Pixels = pixels;
    }

    public int Width { get; }

    public int Height { get; }

    /// <summary>Pixels row by row as 0xRRGGBB (alpha dropped).</summary>
    public uint[] Pixels { get; }

    public static Png Decode(byte[] file)
    {
        ReadOnlySpan<byte> signature = new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A };
        if (file.Length < 8 || !file.AsSpan(0, 8).SequenceEqual(signature))
        {
            throw new InvalidDataException("not a PNG: the signature is missing");
        }

        int width = 0, height = 0, channels = 0;
        var idat = new MemoryStream();
        int at = 8;
        while (at + 8 <= file.Length)
        {
            int length = checked((int)BinaryPrimitives.ReadUInt32BigEndian(file.AsSpan(at)));
            string type = Encoding.ASCII.GetString(file, at + 4, 4);
            ReadOnlySpan<byte> data = file.AsSpan(at + 8, length);
            if (type == "IHDR")
            {
                width = checked((int)BinaryPrimitives.ReadUInt32BigEndian(data));
                height = checked((int)BinaryPrimitives.ReadUInt32BigEndian(data[4..]));
                byte depth = data[8], colour = data[9], interlace = data[12];
                channels = colour switch { 0 => 1, 2 => 3, 6 => 4, 4 => 2, _ => 0 };
                if (depth != 8 || channels == 0 || interlace != 0)
                {
                    throw new InvalidDataException($"unsupported PNG: bit depth {depth}, colour type {colour}, interlace {interlace}");
                }
            }
            else if (type == "IDAT")
            {
                idat.Write(data);
            }
            else if (type == "IEND")
            {
                break;
            }
            at += 12 + length;
        }
        if (width == 0 || height == 0)
        {
            throw new InvalidDataException("PNG without a header or of no size");
        }

        idat.Position = 0;
        using var zlib = new ZLibStream(idat, CompressionMode.Decompress);
        int stride = width * channels;
        var raw = new byte[(stride + 1) * height];
        zlib.ReadExactly(raw);

        var previous = new byte[stride];
        var row = new byte[stride];
        var pixels = new uint[width * height];
        for (int y = 0; y < height; y++)
        {
            int start = y * (stride + 1);
            byte filter = raw[start];
            for (int x = 0; x < stride; x++)
            {
                int left = x >= channels ? row[x - channels] : 0;
                int up = previous[x];
                int upLeft = x >= channels ? previous[x - channels] : 0;
                int value = raw[start + 1 + x];
                row[x] = (byte)(filter switch
                {
                    0 => value,
                    1 => value + left,
                    2 => value + up,
                    3 => value + ((left + up) >> 1),
                    4 => value + Paeth(left, up, upLeft),
                    _ => throw new InvalidDataException($"unknown PNG row filter {filter} in row {y}"),
                });
            }
            for (int x = 0; x < width; x++)
            {
                int p = x * channels;
                pixels[y * width + x] = channels < 3
                    ? (uint)(row[p] << 16 | row[p] << 8 | row[p])
                    : (uint)(row[p] << 16 | row[p + 1] << 8 | row[p + 2]);
            }
            (previous, row) = (row, previous);
        }
        return new Png(width, height, pixels);
    }

    /// <summary>How many different colours the image has.</summary>
    public int DistinctColours() => new HashSet<uint>(Pixels).Count;

    /// <summary>The share of pixels (0 to 1) whose colour differs from the most common one (the background).</summary>
    public double ShareNotBackground()
    {
        var counts = new Dictionary<uint, int>();
        foreach (uint p in Pixels)
        {
            counts[p] = counts.TryGetValue(p, out int n) ? n + 1 : 1;
        }
        int background = 0;
        foreach (int n in counts.Values)
        {
            background = Math.Max(background, n);
        }
        return 1.0 - (double)background / Pixels.Length;
    }

    /// <summary>Whether any pixel has exactly this colour (0xRRGGBB).</summary>
    public bool Contains(uint colour) => Array.IndexOf(Pixels, colour) >= 0;

    private static int Paeth(int a, int b, int c)
    {
        int p = a + b - c;
        int pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
